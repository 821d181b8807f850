// The one request core: auth header, token renewal on 401, retries for safe requests, typed errors, quota counting.
import {
  AbortedError,
  ApiError,
  MalformedResponseError,
  NetworkError,
  OutcomeUnknownError,
  apiErrorFromResponse,
  type QuotaKind,
} from './errors'
import type { QuotaMeter } from './quota'
import { isRetryableFailure, retryDelayMs, type RetryPolicy, type Sleep } from './retry'
import type { ProgressFetch } from './xhr'

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type GetAccessToken = (options: { forceRefresh?: boolean }) => Promise<string>

export interface QuotaEvent {
  type: 'rate-limited' | 'daily-limit'
  operation: string
  quota: QuotaKind
  retryAfterMs: number | undefined
  message: string
}

export interface RetryEvent {
  operation: string
  /** 1 for the first retry. */
  retry: number
  delayMs: number
  error: unknown
}

export interface HttpConfig {
  fetch: typeof fetch
  /** Sends requests whose body progress is wanted (XMLHttpRequest in browsers); without it, `fetch` sends them. */
  progressFetch?: ProgressFetch
  getAccessToken: GetAccessToken
  retry: RetryPolicy
  sleep: Sleep
  now: () => number
  quota: QuotaMeter
  onQuotaEvent?: (event: QuotaEvent) => void
  onRetry?: (event: RetryEvent) => void
}

type QueryValue = string | number | boolean | readonly string[] | undefined

interface SendOptions {
  /** Client operation name, e.g. `albums.list` (for errors, events and tests). */
  operation: string
  method: HttpMethod
  url: string
  query?: Record<string, QueryValue>
  headers?: Record<string, string>
  /** A JSON body (sets Content-Type). */
  json?: unknown
  /** A raw body (uploads). */
  body?: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string
  /**
   * `safe`: reads and byte uploads (nothing visible happens), retried on 429/5xx/network per the policy.
   * `write`: never retried except once after a 401; a dropped connection becomes OutcomeUnknownError.
   * `manual`: the caller handles failures itself (resumable chunks): no retries beyond the 401 renewal,
   * a dropped connection is a NetworkError.
   */
  mode: 'safe' | 'write' | 'manual'
  /** A network failure (which includes a CORS refusal) is thrown at once, not retried: the caller has another way. */
  networkFailureIsFinal?: boolean
  /** Bytes of the body sent so far; the request then goes through `progressFetch`. */
  onUploadProgress?: (bytesSent: number) => void
  signal?: AbortSignal
  /** Which daily quota the request counts against (default `api`); `none` for other Google APIs (the Picker). */
  quota?: 'api' | 'media' | 'none'
  /** `blob`: read the 2xx body as bytes (picked media), leaving `text` empty. */
  read?: 'text' | 'blob'
}

function buildUrl(base: string, query?: Record<string, QueryValue>): string {
  if (!query) return base
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v)
    else params.append(key, String(value))
  }
  const qs = params.toString()
  if (!qs) return base
  return base + (base.includes('?') ? '&' : '?') + qs
}

/** A 2xx answer, its body already read (every answer of this API is small: JSON or an upload token). */
export interface HttpResult {
  status: number
  headers: Headers
  text: string
  /** The body, for `read: 'blob'`. */
  blob?: Blob
}

export interface HttpCore {
  /**
   * Sends and reads the 2xx answer; throws a PhotosError for anything else. A connection cut while the body is read
   * counts as a network failure of that attempt (retried for safe requests, outcome unknown for writes).
   */
  send(options: SendOptions): Promise<HttpResult>
  /** Sends and parses a JSON body (an empty 2xx body reads as `{}`). */
  json<T>(options: SendOptions): Promise<T>
  /** The injected sleep; an abort during the wait becomes AbortedError. */
  wait(ms: number, operation: string, signal?: AbortSignal): Promise<void>
  readonly config: HttpConfig
}

function abortReasonError(operation: string, signal: AbortSignal | undefined, cause?: unknown) {
  return new AbortedError(operation, signal?.reason ?? cause)
}

export function createHttpCore(config: HttpConfig): HttpCore {
  async function attempt(options: SendOptions, forceRefresh: boolean): Promise<HttpResult> {
    const { operation, signal } = options
    if (signal?.aborted) throw abortReasonError(operation, signal)
    let token: string
    try {
      token = await config.getAccessToken({ forceRefresh })
    } catch (e) {
      if (signal?.aborted) throw abortReasonError(operation, signal, e)
      throw e
    }
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...options.headers }
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.body !== undefined) {
      body = options.body
    }
    if (options.quota !== 'none') config.quota.record(options.quota ?? 'api')
    let response: Response
    try {
      const url = buildUrl(options.url, options.query)
      const { onUploadProgress } = options
      response =
        onUploadProgress && config.progressFetch && options.json === undefined
          ? await config.progressFetch(url, { method: options.method, headers, body: options.body, signal }, onUploadProgress)
          : await config.fetch(url, { method: options.method, headers, body, signal })
    } catch (e) {
      if (signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) throw abortReasonError(operation, signal, e)
      const network = new NetworkError(operation, e)
      throw options.mode === 'write' ? new OutcomeUnknownError(operation, network) : network
    }
    if (response.ok) {
      try {
        if (options.read === 'blob') return { status: response.status, headers: response.headers, text: '', blob: await response.blob() }
        return { status: response.status, headers: response.headers, text: await response.text() }
      } catch (e) {
        if (signal?.aborted) throw abortReasonError(operation, signal, e)
        // The answer started but its body was cut: for a write we can't tell what happened.
        const network = new NetworkError(operation, e, 'body')
        throw options.mode === 'write' ? new OutcomeUnknownError(operation, network) : network
      }
    }
    let text = ''
    try {
      text = await response.text()
    } catch {
      // The error body itself was cut off: the status is enough.
    }
    const error = apiErrorFromResponse(operation, response.status, text, response.headers.get('Retry-After'), config.now())
    if (error.httpStatus === 429 && error.quota) {
      config.onQuotaEvent?.({
        type: error.quota === 'daily' ? 'daily-limit' : 'rate-limited',
        operation,
        quota: error.quota,
        retryAfterMs: error.retryAfterMs,
        message: error.message,
      })
    }
    throw error
  }

  async function send(options: SendOptions): Promise<HttpResult> {
    let renewed = false
    let retries = 0
    for (;;) {
      try {
        return await attempt(options, renewed)
      } catch (error) {
        // 401 means the request was refused before doing anything: renew the token once, for writes too.
        if (error instanceof ApiError && error.httpStatus === 401 && !renewed) {
          renewed = true
          continue
        }
        if (options.networkFailureIsFinal && error instanceof NetworkError && error.phase === 'request') throw error
        if (options.mode !== 'safe' || !isRetryableFailure(error, config.retry) || retries + 1 >= config.retry.maxAttempts) throw error
        const delayMs = retryDelayMs(retries, error, config.retry)
        retries += 1
        config.onRetry?.({ operation: options.operation, retry: retries, delayMs, error })
        await wait(delayMs, options.operation, options.signal)
      }
    }
  }

  async function json<T>(options: SendOptions): Promise<T> {
    const { text, status } = await send(options)
    if (text.trim() === '') return {} as T
    try {
      const parsed: unknown = JSON.parse(text)
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error('expected a JSON object')
      }
      return parsed as T
    } catch (e) {
      throw new MalformedResponseError(options.operation, status, 'the body is not a JSON object', e)
    }
  }

  async function wait(ms: number, operation: string, signal?: AbortSignal): Promise<void> {
    try {
      await config.sleep(ms, signal)
    } catch (e) {
      throw abortReasonError(operation, signal, e)
    }
  }

  return { send, json, wait, config }
}

/** Path segment encoding for IDs and share tokens (`{+albumId}` with pattern `^[^/]+$`). */
export const seg = (id: string) => encodeURIComponent(id)
