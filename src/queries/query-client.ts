// The QueryClient configured for the Photos Library API, and the error type every hook reports.
import { QueryClient, type QueryClientConfig } from '@tanstack/react-query'
import { isApiError, isNetworkError, type PhotosError } from '../api'
import { BASE_URL_REFRESH_AFTER_MS } from '../api/media-url'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: PhotosError
  }
}

/** Media items carry baseUrls that die after 60 min (sometimes ~40): data older than 45 min is stale. */
export const MEDIA_STALE_TIME_MS = BASE_URL_REFRESH_AFTER_MS
/** Albums change only through this app (2025 rules) or the Google Photos app; 5 min is plenty. */
export const ALBUM_STALE_TIME_MS = 5 * 60_000
/** Unused data older than its baseUrls is worthless: drop it before it would be shown with dead URLs. */
const GC_TIME_MS = 30 * 60_000

/**
 * The API layer already retries reads on 429/5xx/network with backoff and renews the token once on a 401. Query-level
 * retry adds one more try only where time can fix things: 401 (the auth layer may have re-authenticated by now),
 * a per-minute 429 and a network failure. Never for other 4xx, the daily quota, aborts or malformed answers.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false
  if (isNetworkError(error)) return true
  if (isApiError(error, 401)) return true
  if (isApiError(error, 429)) return error.quota !== 'daily'
  return false
}

function queryRetryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs
  if (isApiError(error, 429)) return 30_000
  return Math.min(30_000, 1_000 * 2 ** failureCount)
}

export function createQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: {
        staleTime: ALBUM_STALE_TIME_MS,
        gcTime: GC_TIME_MS,
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
        refetchOnWindowFocus: false,
        ...config.defaultOptions?.queries,
      },
      mutations: {
        // Writes are never retried automatically (the API layer decides what is safe).
        retry: false,
        ...config.defaultOptions?.mutations,
      },
    },
  })
}
