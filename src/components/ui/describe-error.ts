// Product copy for a failed request. This layer sits below the API client, so it reads the error's shape
// (`kind`, `httpStatus`, `retryAfterMs`, `quota`) instead of importing its classes.
import type { TFunction } from 'i18next'

interface ErrorShape {
  name?: unknown
  code?: unknown
  kind?: unknown
  httpStatus?: unknown
  retryAfterMs?: unknown
  quota?: unknown
  details?: unknown
}

/** Google's 403 for a token without a scope the method needs (the user unticked it on the consent screen). */
function isMissingScope(e: ErrorShape): boolean {
  return (
    Array.isArray(e.details) &&
    e.details.some((d: unknown) => typeof d === 'object' && d !== null && (d as { reason?: unknown }).reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT')
  )
}

export interface DescribedError {
  title: string
  body: string
  /** The Google session is paused ("Not now"): the way on is to continue it, not to retry. */
  paused?: boolean
}

/** The auth layer's AuthError with code `cancelled`: the user chose "Not now" when the session ended. */
export const isPausedSessionError = (error: unknown): boolean => {
  const e = (error && typeof error === 'object' ? error : {}) as ErrorShape
  return e.name === 'AuthError' && e.code === 'cancelled'
}

export function describeError(error: unknown, t: TFunction<"common">): DescribedError {
  const e = (error && typeof error === 'object' ? error : {}) as ErrorShape
  const status = typeof e.httpStatus === 'number' ? e.httpStatus : undefined
  if (isPausedSessionError(error)) return { title: t('failure.pausedTitle'), body: t('failure.pausedBody'), paused: true }
  if (e.kind === 'network' || (typeof navigator !== 'undefined' && navigator.onLine === false)) {
    return { title: t('failure.offlineTitle'), body: t('failure.offlineBody') }
  }
  if (status === 429) {
    if (e.quota === 'daily') return { title: t('failure.busyTitle'), body: t('failure.dailyQuota') }
    const seconds = typeof e.retryAfterMs === 'number' ? Math.max(1, Math.ceil(e.retryAfterMs / 1000)) : undefined
    return { title: t('failure.busyTitle'), body: seconds ? t('failure.busyRetryIn', { count: seconds }) : t('failure.busyBody') }
  }
  if (status === 401) return { title: t('failure.authTitle'), body: t('failure.authBody') }
  if (status === 403 && isMissingScope(e)) return { title: t('failure.scopeTitle'), body: t('failure.scopeBody') }
  if (status === 403) return { title: t('failure.deniedTitle'), body: t('failure.deniedBody') }
  if (status === 404) return { title: t('failure.notFoundTitle'), body: t('failure.notFoundBody') }
  if (status !== undefined && status >= 500) return { title: t('failure.serverTitle'), body: t('failure.serverBody') }
  return { title: t('failure.genericTitle'), body: t('failure.genericBody') }
}
