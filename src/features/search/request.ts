// Search filters → the SearchMediaItemsRequest body (only the parts that are set; empty objects are left out,
// because the API counts an empty contentFilter as a filter beside orderBy).
import type { Date as ApiDate, DateRange, Filters, SearchMediaItemsRequest } from '../../api/types'
import { daysInMonth, hasDateFilter, sentAsRange, type DateSpec, type SearchFilters } from './model'

export const ORDER_OLDEST_FIRST = 'MediaMetadata.creation_time'

export function toApiDate(d: DateSpec): ApiDate {
  const out: ApiDate = {}
  if (d.year) out.year = d.year
  if (d.month) out.month = d.month
  if (d.day) out.day = d.day
  return out
}

/** A month in any year → the first to the last day of that month, in any year (29 February included). */
function monthAsDays(start: DateSpec, end: DateSpec): DateRange {
  return { startDate: { month: start.month, day: 1 }, endDate: { month: end.month, day: daysInMonth(end.month ?? 1) } }
}

function toApiRange(start: DateSpec, end: DateSpec): DateRange {
  if (sentAsRange(start) && sentAsRange(end)) return monthAsDays(start, end)
  return { startDate: toApiDate(start), endDate: toApiDate(end) }
}

export function toSearchRequest(f: SearchFilters): SearchMediaItemsRequest {
  // The API answers 400 to an albumId with filters: an album search sends the album only.
  if (f.albumId) return { albumId: f.albumId }

  const filters: Filters = {}
  if (hasDateFilter(f)) {
    filters.dateFilter = {}
    const dates = f.dates.filter((d) => !sentAsRange(d)).map(toApiDate)
    const ranges = [...f.ranges.map((r) => toApiRange(r.start, r.end)), ...f.dates.filter(sentAsRange).map((d) => monthAsDays(d, d))]
    if (dates.length) filters.dateFilter.dates = dates
    if (ranges.length) filters.dateFilter.ranges = ranges
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
