// When and how long the request core waits before trying a request again.
import { ApiError, isApiError, isNetworkError } from './errors'

export interface RetryPolicy {
  /** Total attempts for a safe request, the first included. 1 disables retries. */
  maxAttempts: number
  /** Backoff base for 5xx and network failures ("minimum 1 s" per Google's best practices). */
  baseDelayMs: number
  /** Backoff cap (the un-jittered delay doubles up to this). */
  maxDelayMs: number
  /** Minimum wait after a 429 that carries no Retry-After ("retry 429 after at least 30 s"). */
  rateLimitDelayMs: number
  /** A server asking for a longer wait than this is not waited for: the error is surfaced (the UI says when). */
  maxRetryAfterMs: number
  /** HTTP statuses worth retrying on a safe request. */
  retryableStatuses: readonly number[]
  /** Source of jitter, in [0, 1). Injectable so tests are deterministic. */
  random: () => number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 32_000,
  rateLimitDelayMs: 30_000,
  maxRetryAfterMs: 5 * 60_000,
  retryableStatuses: [429, 500, 502, 503, 504],
  random: Math.random,
}

export function resolveRetryPolicy(partial?: Partial<RetryPolicy>): RetryPolicy {
  return { ...defaultRetryPolicy, ...partial }
}

/** Whether this failure of a safe (read) request is worth another attempt at all. */
export function isRetryableFailure(error: unknown, policy: RetryPolicy): boolean {
  if (isNetworkError(error)) return true
  if (!isApiError(error)) return false
  if (!policy.retryableStatuses.includes(error.httpStatus)) return false
  if (error.quota === 'daily') return false
  if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) return false
  return true
}

/**
 * Delay before retry number `retry` (0 for the first retry). Exponential backoff with full jitter
 * (random in [0, min(cap, base·2^retry)]); a Retry-After from the server wins; a bare 429 waits at least
 * `rateLimitDelayMs` plus jitter so that many tabs don't come back at the same instant.
 */
export function retryDelayMs(retry: number, error: unknown, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  const jitter = Math.floor(policy.random() * ceiling)
  if (error instanceof ApiError) {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs
    if (error.httpStatus === 429) return policy.rateLimitDelayMs + jitter
  }
  return jitter
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/** setTimeout-based sleep, looked up at call time so vi.useFakeTimers() applies. Rejects with the signal's reason. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => {
      globalThis.clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = globalThis.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
