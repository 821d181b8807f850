// Search filters → the SearchMediaItemsRequest body (only the parts that are set; empty objects are left out,
// because the API counts an empty contentFilter as a filter beside orderBy).
import type { Date as ApiDate, Filters, SearchMediaItemsRequest } from '../../api/types.gen'
import { hasDateFilter, type DateSpec, type SearchFilters } from './model'

export const ORDER_OLDEST_FIRST = 'MediaMetadata.creation_time'

export function toApiDate(d: DateSpec): ApiDate {
  const out: ApiDate = {}
  if (d.year) out.year = d.year
  if (d.month) out.month = d.month
  if (d.day) out.day = d.day
  return out
}

export function toSearchRequest(f: SearchFilters): SearchMediaItemsRequest {
  // The API answers 400 to an albumId with filters: an album search sends the album only.
  if (f.albumId) return { albumId: f.albumId }

  const filters: Filters = {}
  if (hasDateFilter(f)) {
    filters.dateFilter = {}
    if (f.dates.length) filters.dateFilter.dates = f.dates.map(toApiDate)
    if (f.ranges.length) filters.dateFilter.ranges = f.ranges.map((r) => ({ startDate: toApiDate(r.start), endDate: toApiDate(r.end) }))
  }
  if (f.include.length || f.exclude.length) {
    filters.contentFilter = {}
    if (f.include.length) filters.contentFilter.includedContentCategories = [...f.include]
    if (f.exclude.length) filters.contentFilter.excludedContentCategories = [...f.exclude]
  }
  if (f.mediaType !== 'ALL_MEDIA') filters.mediaTypeFilter = { mediaTypes: [f.mediaType] }
  if (f.favorites) filters.featureFilter = { includedFeatures: ['FAVORITES'] }
  if (f.archived) filters.includeArchivedMedia = true
  if (f.appCreatedOnly) filters.excludeNonAppCreatedData = true

  const request: SearchMediaItemsRequest = {}
  if (Object.keys(filters).length) request.filters = filters
  // Newest first is the API's default, so only "oldest first" is sent.
  if (f.order === 'oldest') request.orderBy = ORDER_OLDEST_FIRST
  return request
}
