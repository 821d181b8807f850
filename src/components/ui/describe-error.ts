// Product copy for a failed request. This layer sits below the API client, so it reads the error's shape
// (`kind`, `httpStatus`, `retryAfterMs`, `quota`) instead of importing its classes.
import type { TFunction } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

interface ErrorShape {
  name?: unknown
  code?: unknown
  kind?: unknown
  lostAnswer?: unknown
  httpStatus?: unknown
  retryAfterMs?: unknown
  quota?: unknown
  details?: unknown
  message?: unknown
}

const shapeOf = (error: unknown): ErrorShape => (error && typeof error === 'object' ? error : {}) as ErrorShape

const hasReason = (e: ErrorShape, reason: string): boolean =>
  Array.isArray(e.details) && e.details.some((d: unknown) => typeof d === 'object' && d !== null && (d as { reason?: unknown }).reason === reason)

/** Google's 403 for a token without a scope the method needs (the user unticked it on the consent screen). */
const isMissingScope = (e: ErrorShape): boolean => hasReason(e, 'ACCESS_TOKEN_SCOPE_INSUFFICIENT')

/** The demo's emulator could not save a write because the browser's storage is full (its own 507; never Google's). */
export const isStorageFull = (error: unknown): boolean => {
  const e = shapeOf(error)
  return e.httpStatus === 507 && hasReason(e, 'EMULATOR_STORAGE_FULL')
}

/** Why a request failed, as the user needs to hear it. */
export type FailureCause =
  | 'paused'
  | 'offline'
  | 'unavailable'
  | 'quota'
  | 'daily-quota'
  | 'auth'
  | 'scope'
  | 'app-created'
  | 'denied'
  | 'invalid'
  | 'not-found'
  | 'outcome-unknown'
  | 'storage-full'
  | 'generic'

export interface DescribedError {
  cause: FailureCause
  title: string
  body: string
  /** The Google session is paused ("Not now"): the way on is to continue it, not to retry. */
  paused?: boolean
  /** False for a permanent refusal (the same request will be refused again): offer no Retry. */
  retryable: boolean
}

/** The server refused for good: a 4xx other than 401 (sign in again), 408 (timeout) and 429 (quota). */
export function isPermanentRefusal(error: unknown): boolean {
  const status = shapeOf(error).httpStatus
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429
}

/** Google's words when an album or item was not created by this app (403, or 400 on batchAddMediaItems). */
const APP_CREATED_RULE = /created by (?:this|your|the) app|not created by|app-?created|no permission to (?:add|remove|update|modify)/i

export function failureCause(error: unknown): FailureCause {
  const e = shapeOf(error)
  const status = typeof e.httpStatus === 'number' ? e.httpStatus : undefined
  const message = typeof e.message === 'string' ? e.message : ''
  if (isPausedSessionError(error)) return 'paused'
  if (e.kind === 'outcome-unknown') return 'outcome-unknown'
  if (isStorageFull(error)) return 'storage-full'
  if (e.kind === 'network' || (typeof navigator !== 'undefined' && navigator.onLine === false)) return 'offline'
  if (status === 429) return e.quota === 'daily' ? 'daily-quota' : 'quota'
  if (status === 401) return 'auth'
  if (status === 403 && isMissingScope(e)) return 'scope'
  if ((status === 403 || status === 400) && APP_CREATED_RULE.test(message)) return 'app-created'
  if (status === 403) return 'denied'
  if (status === 400) return 'invalid'
  if (status === 404) return 'not-found'
  if (status !== undefined && status >= 500) return 'unavailable'
  return 'generic'
}

/** The auth layer's AuthError with code `cancelled`: the user chose "Not now" when the session ended. */
const isPausedSessionError = (error: unknown): boolean => {
  const e = shapeOf(error)
  return e.name === 'AuthError' && e.code === 'cancelled'
}

export function describeError(error: unknown, t: TFunction<"common">): DescribedError {
  const e = shapeOf(error)
  const cause = failureCause(error)
  const retryable = !isPermanentRefusal(error) && cause !== 'paused'
  const described = (title: string, body: string): DescribedError => ({ cause, title, body, retryable })
  switch (cause) {
    case 'paused':
      return { ...described(t('failure.pausedTitle'), t('failure.pausedBody')), paused: true }
    case 'outcome-unknown':
      return described(t('failure.unknownTitle'), e.lostAnswer === 'server-error' ? t('failure.unknownServerBody') : t('failure.unknownBody'))
    case 'offline':
      return described(t('failure.offlineTitle'), t('failure.offlineBody'))
    case 'daily-quota':
      return described(t('failure.busyTitle'), t('failure.dailyQuota'))
    case 'quota': {
      const seconds = typeof e.retryAfterMs === 'number' ? Math.max(1, Math.ceil(e.retryAfterMs / 1000)) : undefined
      return described(t('failure.busyTitle'), seconds ? t('failure.busyRetryIn', { count: seconds }) : t('failure.busyBody'))
    }
    case 'auth':
      return described(t('failure.authTitle'), t('failure.authBody'))
    case 'scope':
      return described(t('failure.scopeTitle'), t('failure.scopeBody'))
    case 'app-created':
      return described(t('failure.appCreatedTitle'), t('failure.appCreatedBody'))
    case 'denied':
      return described(t('failure.deniedTitle'), t('failure.deniedBody'))
    case 'invalid':
      return described(t('failure.invalidTitle'), t('failure.invalidBody'))
    case 'not-found':
      return described(t('failure.notFoundTitle'), t('failure.notFoundBody'))
    case 'storage-full':
      return described(t('failure.storageFullTitle'), t('failure.storageFullBody'))
    case 'unavailable':
      return described(t('failure.serverTitle'), t('failure.serverBody'))
    case 'generic':
      return described(t('failure.genericTitle'), t('failure.genericBody'))
  }
}

export interface WriteFailure {
  message: string
  retryable: boolean
  cause: FailureCause
}

/** One line for a failed write: what went wrong and why, in the user's language. */
export function writeFailure(error: unknown, t: TFunction<"common">): WriteFailure {
  const d = describeError(error, t)
  return { message: t('failure.sentence', { title: d.title, body: d.body }), retryable: d.retryable, cause: d.cause }
}

/** `writeFailure` bound to the current language, for views that show a mutation's error. */
export function useWriteFailure(): (error: unknown) => WriteFailure {
  const { t } = useTranslation()
  return useCallback((error: unknown) => writeFailure(error, t), [t])
}
