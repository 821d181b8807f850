// Keeps baseUrls alive: items older than ~45 min are re-fetched through mediaItems.batchGet, and an image that
// fails to load triggers one refresh of its item and one retry. A grid left open for hours keeps working.
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { BASE_URL_REFRESH_AFTER_MS, type CallOptions, type PhotosClient } from '../api'
import { usePhotosClient } from './client-context'
import { cachedMediaItems, findCachedMediaItem, putMediaItems, stamp, type CachedMediaItem } from './media-cache'

/** batchGets `ids` (chunks of 50) and patches every cached copy of them. Returns the fresh items. */
export async function refreshMediaItems(
  queryClient: QueryClient,
  client: PhotosClient,
  ids: readonly string[],
  options: CallOptions & { now?: () => number } = {},
): Promise<CachedMediaItem[]> {
  if (ids.length === 0) return []
  const results = await client.mediaItems.batchGet(ids, { signal: options.signal })
  const fetchedAt = (options.now ?? Date.now)()
  const fresh = results.flatMap((r) => (r.mediaItem?.id ? [stamp(r.mediaItem, fetchedAt)] : []))
  putMediaItems(queryClient, fresh)
  return fresh
}

/** Ids of cached items (in queries a component is using, by default) whose baseUrl is older than `maxAgeMs`. */
export function staleMediaItemIds(queryClient: QueryClient, options: { now?: number; maxAgeMs?: number; activeOnly?: boolean } = {}): string[] {
  const now = options.now ?? Date.now()
  const maxAge = options.maxAgeMs ?? BASE_URL_REFRESH_AFTER_MS
  const newest = new Map<string, number>()
  for (const item of cachedMediaItems(queryClient, { activeOnly: options.activeOnly ?? true })) {
    if (!item.id) continue
    newest.set(item.id, Math.max(newest.get(item.id) ?? 0, item.fetchedAt))
  }
  return [...newest].filter(([, at]) => now - at >= maxAge).map(([id]) => id)
}

/** Coalesces refresh requests arriving close together (a screenful of expired images) into batchGet calls. */
interface MediaRefresher {
  refresh(ids: readonly string[]): Promise<void>
}

const refreshers = new WeakMap<QueryClient, WeakMap<PhotosClient, MediaRefresher>>()

function getMediaRefresher(queryClient: QueryClient, client: PhotosClient, windowMs = 50): MediaRefresher {
  let perClient = refreshers.get(queryClient)
  if (!perClient) refreshers.set(queryClient, (perClient = new WeakMap()))
  const existing = perClient.get(client)
  if (existing) return existing
  let pending = new Set<string>()
  let flight: Promise<void> | undefined
  const inFlight = new Map<string, Promise<void>>()
  const refresher: MediaRefresher = {
    refresh(ids) {
      const waits: Promise<void>[] = []
      for (const id of ids) {
        const running = inFlight.get(id)
        if (running) waits.push(running)
        else pending.add(id)
      }
      if (pending.size > 0) {
        if (!flight) {
          flight = new Promise<void>((resolve) => globalThis.setTimeout(resolve, windowMs)).then(async () => {
            const batch = [...pending]
            pending = new Set()
            flight = undefined
            const run = refreshMediaItems(queryClient, client, batch).then(
              () => undefined,
              () => undefined, // a failed refresh leaves the old item; the image shows its error state
            )
            for (const id of batch) inFlight.set(id, run)
            await run
            for (const id of batch) inFlight.delete(id)
          })
        }
        waits.push(flight)
      }
      return Promise.all(waits).then(() => undefined)
    },
  }
  perClient.set(client, refresher)
  return refresher
}

/**
 * For an `<img>` showing a media item: `onError` refreshes the item once (new baseUrl through batchGet, patched in
 * every cached list) so the image re-renders with a working URL; if the refreshed URL fails too, `failed` is set.
 */
export function useMediaItemImageErrorHandler(itemId: string | undefined): { onError: () => void; failed: boolean } {
  const queryClient = useQueryClient()
  const client = usePhotosClient()
  // The URL our own refresh produced: if that one fails too, refreshing again would not help.
  const refreshedUrl = useRef<string | undefined>(undefined)
  const inFlight = useRef(false)
  const [failed, setFailed] = useState(false)
  const onError = useCallback(() => {
    if (!itemId || inFlight.current) return
    const url = findCachedMediaItem(queryClient, itemId)?.baseUrl ?? ''
    if (refreshedUrl.current !== undefined && url === refreshedUrl.current) {
      setFailed(true)
      return
    }
    inFlight.current = true
    void getMediaRefresher(queryClient, client)
      .refresh([itemId])
      .then(() => {
        inFlight.current = false
        const next = findCachedMediaItem(queryClient, itemId)?.baseUrl ?? ''
        refreshedUrl.current = next
        // Nothing new came back: the retry would fail the same way.
        if (next === url) setFailed(true)
      })
  }, [client, itemId, queryClient])
  return { onError, failed }
}

export interface BaseUrlRefreshOptions {
  /** How often to look for old items (default 60 s). */
  intervalMs?: number
  /** Age at which an item is refreshed (default 45 min). */
  maxAgeMs?: number
  enabled?: boolean
}

/**
 * Mount once where media is shown (grid, viewer): every `intervalMs`, and when the page becomes visible again
 * (a laptop waking up), items in mounted queries whose baseUrl is older than `maxAgeMs` are refreshed.
 */
export function useBaseUrlRefresh(options: BaseUrlRefreshOptions = {}): void {
  const queryClient = useQueryClient()
  const client = usePhotosClient()
  const { intervalMs = 60_000, maxAgeMs = BASE_URL_REFRESH_AFTER_MS, enabled = true } = options
  useEffect(() => {
    if (!enabled) return
    const check = () => {
      const ids = staleMediaItemIds(queryClient, { maxAgeMs })
      if (ids.length > 0) void getMediaRefresher(queryClient, client).refresh(ids)
    }
    const timer = globalThis.setInterval(check, intervalMs)
    const onVisible = () => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') check()
    }
    globalThis.document?.addEventListener('visibilitychange', onVisible)
    return () => {
      globalThis.clearInterval(timer)
      globalThis.document?.removeEventListener('visibilitychange', onVisible)
    }
  }, [client, enabled, intervalMs, maxAgeMs, queryClient])
}
