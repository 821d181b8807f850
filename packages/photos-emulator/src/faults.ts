// Fault injection: a queue of exact faults for the next requests, plus seeded random faults per run.
import { ApiError, messages, statusForHttp } from './errors'
import type { FaultConfig, FaultSpec, InjectedFault } from './types'
import { prng } from './util'

export type FaultDecision = { kind: 'error'; error: ApiError } | { kind: 'drop'; afterBytes?: number } | { kind: 'none' }

function secondsToPacificMidnight(now: number): number {
  // Google's daily quotas reset at midnight Pacific time; this uses a fixed UTC-8 offset (no DST).
  const pst = now - 8 * 3600_000
  const next = Math.floor(pst / 86_400_000 + 1) * 86_400_000
  return Math.max(1, Math.ceil((next - pst) / 1000))
}

function quotaError(quota: 'minute' | 'daily', now: number, retryAfter?: number): ApiError {
  const seconds = retryAfter ?? (quota === 'daily' ? secondsToPacificMidnight(now) : 30)
  return new ApiError('RESOURCE_EXHAUSTED', quota === 'daily' ? messages.quotaDaily : messages.quotaMinute, {
    headers: { 'Retry-After': String(seconds) },
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'googleapis.com',
        metadata: { service: 'photoslibrary.googleapis.com', quota_limit: quota === 'daily' ? 'AllRequestsPerDay' : 'WriteRequestsPerMinutePerUser' },
      },
    ],
  })
}

function statusError(spec: { status: number; message?: string; retryAfter?: number }): ApiError {
  const status = statusForHttp[spec.status] ?? 'INTERNAL'
  const message =
    spec.message ??
    (spec.status === 401 ? messages.unauthenticated : spec.status === 403 ? messages.insufficientScopes : spec.status === 500 ? messages.internal : spec.status === 504 ? 'Deadline exceeded.' : messages.unavailable)
  return new ApiError(status, message, { http: spec.status, headers: spec.retryAfter !== undefined ? { 'Retry-After': String(spec.retryAfter) } : undefined })
}

/** How many injected faults the log keeps (the newest). */
const INJECTED_LOG_LIMIT = 1000

export class Faults {
  private queue: FaultSpec[] = []
  private log: InjectedFault[] = []
  private random: () => number
  config: FaultConfig

  constructor(config: FaultConfig = {}) {
    this.config = config
    this.random = prng(config.seed ?? 1)
  }

  set(config: FaultConfig): void {
    this.config = { ...config }
    this.random = prng(config.seed ?? 1)
    this.log = []
  }

  enqueue(list: FaultSpec[]): void {
    this.queue.push(...list)
  }

  clear(): void {
    this.queue = []
    this.set({})
  }

  pending(): FaultSpec[] {
    return [...this.queue]
  }

  /** The faults injected since the config was last set or cleared: a test compares them with what the user saw. */
  injected(): InjectedFault[] {
    return [...this.log]
  }

  /** Picks the fault for this request: first queued spec that matches the path (and method), else a random draw. */
  async decide(path: string, isMedia: boolean, now: number, method?: string): Promise<FaultDecision> {
    const i = this.queue.findIndex((f) => (!f.match || path.includes(f.match)) && (!f.method || f.method.toUpperCase() === method))
    let delay = this.config.latencyMs ?? 0
    let decision: FaultDecision = { kind: 'none' }
    const random = i < 0
    if (i >= 0) {
      const f = this.queue.splice(i, 1)[0]
      if ('kind' in f) {
        if (f.kind === 'latency') delay += f.ms
        else decision = { kind: 'drop', afterBytes: f.afterBytes }
      } else if (f.status === 429) decision = { kind: 'error', error: quotaError(f.quota ?? 'minute', now, f.retryAfter) }
      else decision = { kind: 'error', error: statusError(f) }
    } else if (!isMedia || this.config.media) {
      const c = this.config
      let r = this.random()
      const pick = (rate: number | undefined): boolean => {
        if (!rate) return false
        if (r < rate) return true
        r -= rate
        return false
      }
      if (pick(c.rate429)) decision = { kind: 'error', error: quotaError(c.quota ?? 'minute', now, c.quota === 'daily' ? undefined : c.retryAfter) }
      else if (pick(c.rate500)) decision = { kind: 'error', error: statusError({ status: 500 }) }
      else if (pick(c.rate503)) decision = { kind: 'error', error: statusError({ status: 503 }) }
      else if (pick(c.rateDrop)) decision = { kind: 'drop' }
    }
    if (decision.kind !== 'none') {
      this.log.push({ kind: decision.kind === 'drop' ? 'drop' : decision.error.httpStatus, method: method ?? 'GET', path, random })
      if (this.log.length > INJECTED_LOG_LIMIT) this.log.shift()
    }
    if (delay > 0) await new Promise((r) => setTimeout(r, delay))
    return decision
  }
}

/** A response whose body stream errors after some bytes (a cut connection). */
export async function dropResponse(res: Response, afterBytes?: number): Promise<Response> {
  const full = new Uint8Array(await res.arrayBuffer())
  const cut = Math.min(full.length, afterBytes ?? Math.floor(full.length / 2))
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (cut > 0) controller.enqueue(full.slice(0, cut))
    },
    pull(controller) {
      controller.error(new TypeError('Emulator fault: connection dropped'))
    },
  })
  const headers = new Headers(res.headers)
  headers.set('Content-Length', String(full.length))
  return new Response(stream, { status: res.status, headers })
}
