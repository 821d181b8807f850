// Media items as the cache holds them (stamped with the time their baseUrl was fetched), and helpers that find and
// patch an item in every query that holds it: lists, album contents, search results and details.
import type { InfiniteData, Query, QueryClient, QueryKey } from '@tanstack/react-query'
import type { MediaItem } from '../api'

/** A media item plus when it (and so its baseUrl) was fetched, in ms since the epoch. */
export type CachedMediaItem = MediaItem & { fetchedAt: number }

export interface MediaPage {
  mediaItems: CachedMediaItem[]
  nextPageToken?: string
}

export type MediaPages = InfiniteData<MediaPage, string | undefined>

/** `meta.media` marks queries that hold media items, so they can be found and patched wherever they are. */
export type MediaMeta = { media: 'pages' | 'item' }

export const MEDIA_PAGES_META: MediaMeta = { media: 'pages' }
export const MEDIA_ITEM_META: MediaMeta = { media: 'item' }

export const stamp = (item: MediaItem, fetchedAt: number): CachedMediaItem => ({ ...item, fetchedAt })

export function stampPage(page: { mediaItems: MediaItem[]; nextPageToken?: string }, fetchedAt: number): MediaPage {
  return { mediaItems: page.mediaItems.map((m) => stamp(m, fetchedAt)), nextPageToken: page.nextPageToken }
}

const kindOf = (query: Query): MediaMeta['media'] | undefined => (query.meta as Partial<MediaMeta> | undefined)?.media

function mediaQueries(queryClient: QueryClient): Query[] {
  return queryClient.getQueryCache().findAll({ predicate: (q) => kindOf(q) !== undefined })
}

/** Every cached copy of items, by id (first found wins: the freshest copy is not guaranteed). */
export function* cachedMediaItems(queryClient: QueryClient, options: { activeOnly?: boolean } = {}): Generator<CachedMediaItem> {
  for (const q of mediaQueries(queryClient)) {
    if (options.activeOnly && !q.isActive()) continue
    const data = q.state.data
    if (!data) continue
    if (kindOf(q) === 'item') yield data as CachedMediaItem
    else for (const page of (data as MediaPages).pages) yield* page.mediaItems
  }
}

export function findCachedMediaItem(queryClient: QueryClient, id: string): CachedMediaItem | undefined {
  let best: CachedMediaItem | undefined
  for (const item of cachedMediaItems(queryClient)) if (item.id === id && (!best || item.fetchedAt > best.fetchedAt)) best = item
  return best
}

export type Snapshot = [QueryKey, unknown][]

/** Saves the data of every media query (for rollback). */
export function snapshotMediaQueries(queryClient: QueryClient): Snapshot {
  return mediaQueries(queryClient).map((q) => [q.queryKey, q.state.data])
}

export function restoreSnapshot(queryClient: QueryClient, snapshot: Snapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data)
}

/** Applies `update` to each cached item whose id is in `ids`, everywhere. Returns how many copies changed. */
export function updateCachedMediaItems(
  queryClient: QueryClient,
  ids: ReadonlySet<string>,
  update: (item: CachedMediaItem) => CachedMediaItem,
): number {
  let changed = 0
  const apply = (item: CachedMediaItem) => {
    if (!item.id || !ids.has(item.id)) return item
    changed += 1
    return update(item)
  }
  for (const q of mediaQueries(queryClient)) {
    const data = q.state.data
    if (!data) continue
    if (kindOf(q) === 'item') {
      const next = apply(data as CachedMediaItem)
      if (next !== data) queryClient.setQueryData(q.queryKey, next)
    } else {
      const pages = data as MediaPages
      let touched = false
      const nextPages = pages.pages.map((page) => {
        if (!page.mediaItems.some((m) => m.id && ids.has(m.id))) return page
        touched = true
        return { ...page, mediaItems: page.mediaItems.map(apply) }
      })
      if (touched) queryClient.setQueryData<MediaPages>(q.queryKey, { ...pages, pages: nextPages })
    }
  }
  return changed
}

/** Replaces items by id with fresh copies from the server (new baseUrl, new fetchedAt). */
export function putMediaItems(queryClient: QueryClient, items: readonly CachedMediaItem[]): number {
  const byId = new Map(items.filter((i) => i.id).map((i) => [i.id!, i]))
  return updateCachedMediaItems(queryClient, new Set(byId.keys()), (old) => ({ ...old, ...byId.get(old.id!)! }))
}
