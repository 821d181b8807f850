// The error kinds every client call can throw. Views switch on `kind` (and on `status` for HTTP errors).
import type { Status } from './types'

/** Which quota a 429 hit: the per-minute burst quotas (wait and retry) or the project's daily limit (stop). */
export type QuotaKind = 'per-minute' | 'daily'

/** google.rpc.Code names that Google puts in `error.status`. */
export type GoogleStatus =
  | 'OK'
  | 'CANCELLED'
  | 'UNKNOWN'
  | 'INVALID_ARGUMENT'
  | 'DEADLINE_EXCEEDED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'PERMISSION_DENIED'
  | 'UNAUTHENTICATED'
  | 'RESOURCE_EXHAUSTED'
  | 'FAILED_PRECONDITION'
  | 'ABORTED'
  | 'OUT_OF_RANGE'
  | 'UNIMPLEMENTED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'DATA_LOSS'

abstract class PhotosErrorBase extends Error {
  abstract readonly kind: string
  /** The client operation, e.g. `albums.list`. */
  readonly operation: string

  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.operation = operation
  }
}

/** The server answered with a non-2xx status. */
export class ApiError extends PhotosErrorBase {
  readonly kind = 'http' as const
  override readonly name = 'ApiError'
  readonly httpStatus: number
  /** Google's status name (`PERMISSION_DENIED` …), or a name derived from the HTTP status if the body had none. */
  readonly status: GoogleStatus | (string & {})
  readonly details: Record<string, unknown>[]
  /** How long the server asked us to wait (Retry-After header or google.rpc.RetryInfo), if it said. */
  readonly retryAfterMs: number | undefined
  /** For 429: which quota was hit. */
  readonly quota: QuotaKind | undefined

  constructor(init: {
    operation: string
    httpStatus: number
    status: string
    message: string
    details?: Record<string, unknown>[]
    retryAfterMs?: number
    quota?: QuotaKind
  }) {
    super(init.operation, init.message)
    this.httpStatus = init.httpStatus
    this.status = init.status
    this.details = init.details ?? []
    this.retryAfterMs = init.retryAfterMs
    this.quota = init.quota
  }
}

/** The request never got an HTTP answer (offline, DNS, CORS, connection reset) and it was safe to say nothing happened. */
export class NetworkError extends PhotosErrorBase {
  readonly kind = 'network' as const
  override readonly name = 'NetworkError'
  constructor(
    operation: string,
    cause: unknown,
    /** `request`: no answer at all (offline, or a browser's CORS refusal); `body`: the answer was cut mid-body. */
    readonly phase: 'request' | 'body' = 'request',
  ) {
    super(operation, `Network failure during ${operation}`, { cause })
  }
}

/** The caller aborted the request through its AbortSignal. */
export class AbortedError extends PhotosErrorBase {
  readonly kind = 'abort' as const
  override readonly name = 'AbortedError'
  constructor(operation: string, cause?: unknown) {
    super(operation, `${operation} was aborted`, { cause })
  }
}

/** A 2xx answer whose body was not what the contract promises (not JSON, wrong shape, missing header). */
export class MalformedResponseError extends PhotosErrorBase {
  readonly kind = 'malformed' as const
  override readonly name = 'MalformedResponseError'
  readonly httpStatus: number
  constructor(operation: string, httpStatus: number, reason: string, cause?: unknown) {
    super(operation, `Malformed response from ${operation}: ${reason}`, { cause })
    this.httpStatus = httpStatus
  }
}

/**
 * A write whose connection dropped (or that got a 5xx) after the request may have reached the server: it may or may
 * not have taken effect. Never retried blindly; callers re-read state first (see uploads' batchCreate check).
 */
export class OutcomeUnknownError extends PhotosErrorBase {
  readonly kind = 'outcome-unknown' as const
  override readonly name = 'OutcomeUnknownError'
  /** How the write's own answer was lost: the connection dropped, or Google answered with a 5xx error. */
  readonly lostAnswer: 'dropped' | 'server-error'
  /** `lost` is the write's own failure, when `cause` is something else (the check that could not read back). */
  constructor(operation: string, cause: unknown, lost: unknown = cause) {
    const status = lost instanceof ApiError && lost.httpStatus >= 500 ? lost.httpStatus : undefined
    super(operation, `${operation} may or may not have taken effect: ${status ? `the server answered ${status}` : 'the connection failed before the answer'}`, { cause })
    this.lostAnswer = status ? 'server-error' : 'dropped'
  }
}

/** A file refused before upload (format, size, empty). */
export class UploadValidationError extends PhotosErrorBase {
  readonly kind = 'invalid-file' as const
  override readonly name = 'UploadValidationError'
  readonly reason: 'empty' | 'unsupported-type' | 'too-large'
  readonly fileName: string
  constructor(fileName: string, reason: UploadValidationError['reason'], message: string) {
    super('uploads.validate', message)
    this.fileName = fileName
    this.reason = reason
  }
}

/** Everything the client throws. */
export type PhotosError =
  | ApiError
  | NetworkError
  | AbortedError
  | MalformedResponseError
  | OutcomeUnknownError
  | UploadValidationError

export function isPhotosError(e: unknown): e is PhotosError {
  return e instanceof PhotosErrorBase
}

/** `isApiError(e)` or `isApiError(e, 'PERMISSION_DENIED')` or `isApiError(e, 404)`. */
export function isApiError(e: unknown, statusOrCode?: GoogleStatus | number): e is ApiError {
  if (!(e instanceof ApiError)) return false
  if (statusOrCode === undefined) return true
  return typeof statusOrCode === 'number' ? e.httpStatus === statusOrCode : e.status === statusOrCode
}

export const isNetworkError = (e: unknown): e is NetworkError => e instanceof NetworkError
export const isAbortedError = (e: unknown): e is AbortedError => e instanceof AbortedError
export const isOutcomeUnknownError = (e: unknown): e is OutcomeUnknownError => e instanceof OutcomeUnknownError
export const isUploadValidationError = (e: unknown): e is UploadValidationError => e instanceof UploadValidationError

/** 429 from any quota. */
export const isRateLimited = (e: unknown): e is ApiError => isApiError(e, 429)
/** 429 because the project's daily quota is spent: retrying before the next day (Pacific time) is pointless. */
export const isDailyQuotaExceeded = (e: unknown): e is ApiError => isApiError(e, 429) && e.quota === 'daily'

const STATUS_BY_HTTP: Record<number, GoogleStatus> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
}

function statusForHttp(httpStatus: number): string {
  return STATUS_BY_HTTP[httpStatus] ?? (httpStatus >= 500 ? 'UNKNOWN' : 'FAILED_PRECONDITION')
}

/** Google's 429 messages name the limit: "… limit 'All requests per day' …" vs "… 'Write requests per minute per user' …". */
export function classifyQuota(message: string, retryAfterMs: number | undefined): QuotaKind {
  if (/per day|per-day|daily/i.test(message)) return 'daily'
  if (/per minute|per-minute|per 100 seconds|per second/i.test(message)) return 'per-minute'
  // No wording to go on: a wait of more than an hour can only be the daily reset.
  if (retryAfterMs !== undefined && retryAfterMs > 60 * 60_000) return 'daily'
  return 'per-minute'
}

/** Parses `Retry-After` (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** google.rpc.RetryInfo in `details`: `{"@type": ".../google.rpc.RetryInfo", "retryDelay": "30s"}`. */
function retryInfoMs(details: Record<string, unknown>[]): number | undefined {
  for (const d of details) {
    const type = d['@type']
    const delay = d['retryDelay']
    if (typeof type === 'string' && type.endsWith('google.rpc.RetryInfo') && typeof delay === 'string') {
      const m = /^(\d+(?:\.\d+)?)s$/.exec(delay)
      if (m) return Math.round(Number(m[1]) * 1000)
    }
  }
  return undefined
}

/** Builds the ApiError for a non-2xx response, from Google's `{"error": Status & {status}}` body when there is one. */
export function apiErrorFromResponse(operation: string, httpStatus: number, bodyText: string, retryAfterHeader: string | null, now: number): ApiError {
  let status = statusForHttp(httpStatus)
  let message = `HTTP ${httpStatus}`
  let details: Record<string, unknown>[] = []
  try {
    const parsed: unknown = JSON.parse(bodyText)
    const err = (parsed as { error?: Status & { status?: unknown } } | null)?.error
    if (err && typeof err === 'object') {
      if (typeof err.status === 'string' && err.status) status = err.status
      if (typeof err.message === 'string' && err.message) message = err.message
      if (Array.isArray(err.details)) details = err.details.filter((d): d is Record<string, unknown> => !!d && typeof d === 'object')
    }
  } catch {
    // Not JSON (an upload endpoint, a proxy page, a plain 429 from a byte host): keep the text as the message.
    if (bodyText.trim()) message = bodyText.trim().slice(0, 500)
  }
  const retryAfterMs = parseRetryAfter(retryAfterHeader, now) ?? retryInfoMs(details)
  const quota = httpStatus === 429 ? classifyQuota(message, retryAfterMs) : undefined
  return new ApiError({ operation, httpStatus, status, message, details, retryAfterMs, quota })
}
