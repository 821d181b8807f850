// Search: one serializable filter object (it lives in the URL and in the query key) mapped to mediaItems.search.
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import type { ContentCategory, Date as ApiDate, Filters, PhotosClient, SearchMediaItemsRequest } from '../api'
import { ContentCategoryValues, MEDIA_PAGE_SIZE } from '../api'
import { usePhotosClient } from './client-context'
import { MEDIA_PAGES_META, stampPage, type MediaPage } from './media-cache'
import { MEDIA_STALE_TIME_MS } from './query-client'

/**
 * Dates are strings so the object survives a URL: `YYYY-MM-DD`, `YYYY-MM` (whole month), `YYYY` (whole year),
 * `0000-MM-DD` (that day every year). All fields are optional; an empty object means "everything".
 */
export interface SearchFilters {
  mediaType?: 'PHOTO' | 'VIDEO'
  /** ORed; max 10. */
  categories?: ContentCategory[]
  /** ORed and negated; max 10; never also in `categories`. */
  excludedCategories?: ContentCategory[]
  favorites?: boolean
  /** Max 5. */
  dates?: string[]
  /** Inclusive; both ends in the same format; max 5. */
  ranges?: { start: string; end: string }[]
  includeArchived?: boolean
  /** Only honoured with dates or ranges and no content, feature or media-type filter (an API rule). */
  order?: 'newest' | 'oldest'
}

export function parseFilterDate(value: string): ApiDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim())
  if (!m) return undefined
  const date: ApiDate = {}
  const year = Number(m[1])
  if (year) date.year = year
  if (m[2] && Number(m[2])) date.month = Number(m[2])
  if (m[3] && Number(m[3])) date.day = Number(m[3])
  return date
}

export function formatFilterDate(date: ApiDate): string {
  const pad = (n: number | undefined, width: number) => String(n ?? 0).padStart(width, '0')
  if (!date.month) return pad(date.year, 4)
  if (!date.day) return `${pad(date.year, 4)}-${pad(date.month, 2)}`
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

const sortedUnique = <T extends string>(values: readonly T[] | undefined): T[] | undefined =>
  values && values.length > 0 ? [...new Set(values)].sort() : undefined

/** Canonical form (sorted, deduplicated, empty parts dropped) so equal searches share one cache entry. */
export function normalizeSearchFilters(filters: SearchFilters): SearchFilters {
  const out: SearchFilters = {}
  if (filters.mediaType) out.mediaType = filters.mediaType
  const categories = sortedUnique(filters.categories)
  if (categories) out.categories = categories
  const excluded = sortedUnique(filters.excludedCategories)
  if (excluded) out.excludedCategories = excluded
  if (filters.favorites) out.favorites = true
  const dates = sortedUnique(filters.dates)
  if (dates) out.dates = dates
  if (filters.ranges && filters.ranges.length > 0) out.ranges = [...filters.ranges].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
  if (filters.includeArchived) out.includeArchived = true
  if (filters.order && (out.dates || out.ranges)) out.order = filters.order
  return out
}

/** Maps the filter object to the API request (without paging). */
export function toSearchRequest(filters: SearchFilters): SearchMediaItemsRequest {
  const f = normalizeSearchFilters(filters)
  const api: Filters = {}
  if (f.mediaType) api.mediaTypeFilter = { mediaTypes: [f.mediaType] }
  if (f.categories || f.excludedCategories) {
    api.contentFilter = {
      ...(f.categories ? { includedContentCategories: f.categories } : {}),
      ...(f.excludedCategories ? { excludedContentCategories: f.excludedCategories } : {}),
    }
  }
  if (f.favorites) api.featureFilter = { includedFeatures: ['FAVORITES'] }
  const dates = f.dates?.map(parseFilterDate).filter((d): d is ApiDate => !!d)
  const ranges = f.ranges
    ?.map((r) => ({ startDate: parseFilterDate(r.start), endDate: parseFilterDate(r.end) }))
    .filter((r): r is { startDate: ApiDate; endDate: ApiDate } => !!r.startDate && !!r.endDate)
  if ((dates && dates.length) || (ranges && ranges.length)) {
    api.dateFilter = { ...(dates?.length ? { dates } : {}), ...(ranges?.length ? { ranges } : {}) }
  }
  if (f.includeArchived) api.includeArchivedMedia = true
  const request: SearchMediaItemsRequest = {}
  if (Object.keys(api).length > 0) request.filters = api
  // orderBy is allowed only with a dateFilter and no content/feature/media-type filter; otherwise the API says 400.
  const orderable = !!api.dateFilter && !api.contentFilter && !api.featureFilter && !api.mediaTypeFilter
  if (f.order && orderable) request.orderBy = f.order === 'oldest' ? 'MediaMetadata.creation_time' : 'MediaMetadata.creation_time desc'
  return request
}

const CATEGORY_SET = new Set<string>(ContentCategoryValues)

/** For the URL: `URLSearchParams` ⇄ SearchFilters. Unknown or malformed values are dropped. */
export function searchFiltersToParams(filters: SearchFilters): URLSearchParams {
  const f = normalizeSearchFilters(filters)
  const p = new URLSearchParams()
  if (f.mediaType) p.set('type', f.mediaType.toLowerCase())
  for (const c of f.categories ?? []) p.append('cat', c.toLowerCase())
  for (const c of f.excludedCategories ?? []) p.append('notcat', c.toLowerCase())
  if (f.favorites) p.set('fav', '1')
  for (const d of f.dates ?? []) p.append('date', d)
  for (const r of f.ranges ?? []) p.append('range', `${r.start}..${r.end}`)
  if (f.includeArchived) p.set('archived', '1')
  if (f.order) p.set('order', f.order)
  return p
}

export function searchFiltersFromParams(p: URLSearchParams): SearchFilters {
  const cats = (key: string) => p.getAll(key).map((c) => c.toUpperCase()).filter((c): c is ContentCategory => CATEGORY_SET.has(c))
  const type = p.get('type')?.toUpperCase()
  const order = p.get('order')
  return normalizeSearchFilters({
    mediaType: type === 'PHOTO' || type === 'VIDEO' ? type : undefined,
    categories: cats('cat'),
    excludedCategories: cats('notcat'),
    favorites: p.get('fav') === '1',
    dates: p.getAll('date').filter((d) => parseFilterDate(d)),
    ranges: p
      .getAll('range')
      .map((r) => r.split('..'))
      .filter((r): r is [string, string] => r.length === 2 && !!parseFilterDate(r[0]!) && !!parseFilterDate(r[1]!))
      .map(([start, end]) => ({ start, end })),
    includeArchived: p.get('archived') === '1',
    order: order === 'newest' || order === 'oldest' ? order : undefined,
  })
}

export const searchKeys = {
  all: ['search'] as const,
  results: (filters: SearchFilters) => [...searchKeys.all, normalizeSearchFilters(filters)] as const,
}

export function searchInfiniteOptions(client: PhotosClient, filters: SearchFilters) {
  const request = toSearchRequest(filters)
  return infiniteQueryOptions({
    queryKey: searchKeys.results(filters),
    queryFn: async ({ pageParam, signal }): Promise<MediaPage> =>
      stampPage(await client.mediaItems.search({ ...request, pageSize: MEDIA_PAGE_SIZE, pageToken: pageParam }, { signal }), Date.now()),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_PAGES_META,
  })
}

export function useSearch(filters: SearchFilters) {
  return useInfiniteQuery(searchInfiniteOptions(usePhotosClient(), filters))
}

/**
 * A search by its request body, for callers whose filter model is richer than SearchFilters (the search view's
 * model covers albumId, excludeNonAppCreatedData and every date shape, and validates instead of dropping).
 * Same cache prefix as `searchKeys`, so invalidating `searchKeys.all` refreshes these too.
 */
export function searchRequestInfiniteOptions(client: PhotosClient, request: SearchMediaItemsRequest) {
  return infiniteQueryOptions({
    queryKey: [...searchKeys.all, 'request', request] as const,
    queryFn: async ({ pageParam, signal }): Promise<MediaPage> =>
      stampPage(await client.mediaItems.search({ ...request, pageSize: MEDIA_PAGE_SIZE, pageToken: pageParam }, { signal }), Date.now()),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_PAGES_META,
  })
}
