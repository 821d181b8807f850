// The search filter model: one plain, serializable object that lives in the URL and in the query key.
import type { ContentCategory } from '../../api/types'

/**
 * The five date shapes mediaItems.search accepts (contract §3 "Date"): a full date, a whole year, a month of
 * a year, a month in any year, a day in any year.
 */
export type DateKind = 'day' | 'year' | 'month' | 'monthAnyYear' | 'dayAnyYear'

export const DATE_KINDS: readonly DateKind[] = ['day', 'year', 'month', 'monthAnyYear', 'dayAnyYear']

/** A date filter entry; the parts its kind does not use are absent. */
export interface DateSpec {
  kind: DateKind
  year?: number
  month?: number
  day?: number
}

/** An inclusive range; both ends have the same kind (the API wants "the same format"). */
export interface RangeSpec {
  start: DateSpec
  end: DateSpec
}

export type MediaTypeChoice = 'ALL_MEDIA' | 'PHOTO' | 'VIDEO'
export type SortOrder = 'newest' | 'oldest'

export interface SearchFilters {
  dates: DateSpec[]
  ranges: RangeSpec[]
  include: ContentCategory[]
  exclude: ContentCategory[]
  mediaType: MediaTypeChoice
  favorites: boolean
  archived: boolean
  appCreatedOnly: boolean
  order: SortOrder
  /** Search one album's contents; the API refuses filters beside it, so they are paused (not sent). */
  albumId?: string
}

/** API limits (contract §6). */
export const LIMITS = { dates: 5, ranges: 5, categories: 10 } as const

export const emptyFilters: SearchFilters = {
  dates: [],
  ranges: [],
  include: [],
  exclude: [],
  mediaType: 'ALL_MEDIA',
  favorites: false,
  archived: false,
  appCreatedOnly: false,
  order: 'newest',
}

/**
 * The API has no "month in any year" date (year 0 needs a day), so such a month is sent as a range of days in any
 * year (1 July – 31 July): it counts towards the API's 5 ranges, not its 5 dates.
 */
export const sentAsRange = (d: DateSpec): boolean => d.kind === 'monthAnyYear'

/** How many dates and ranges the request will carry (the limits apply to these). */
export function apiDateCounts(f: SearchFilters): { dates: number; ranges: number } {
  const months = f.dates.filter(sentAsRange).length
  return { dates: f.dates.length - months, ranges: f.ranges.length + months }
}

export const hasDateFilter = (f: SearchFilters): boolean => f.dates.length > 0 || f.ranges.length > 0

/** Filters that the API does not allow beside `orderBy` (only dates, archived and app-created may accompany it). */
export const hasOrderBlockingFilters = (f: SearchFilters): boolean =>
  f.include.length > 0 || f.exclude.length > 0 || f.mediaType !== 'ALL_MEDIA' || f.favorites

/** Any filter the API would refuse together with an albumId. */
export function hasAnyFilter(f: SearchFilters): boolean {
  return hasDateFilter(f) || hasOrderBlockingFilters(f) || f.archived || f.appCreatedOnly || f.order !== 'newest'
}

/** Which parts each kind carries. */
export const KIND_PARTS: Record<DateKind, { year: boolean; month: boolean; day: boolean }> = {
  day: { year: true, month: true, day: true },
  year: { year: true, month: false, day: false },
  month: { year: true, month: true, day: false },
  monthAnyYear: { year: false, month: true, day: false },
  dayAnyYear: { year: false, month: true, day: true },
}

/** A date of `kind` built from a full calendar date (used for defaults and presets). */
export function dateOfKind(kind: DateKind, y: number, m: number, d: number): DateSpec {
  const parts = KIND_PARTS[kind]
  const spec: DateSpec = { kind }
  if (parts.year) spec.year = y
  if (parts.month) spec.month = m
  if (parts.day) spec.day = d
  return spec
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)

/** Days in `month` of `year`; without a year (a day in any year) February has 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2 && year !== undefined) return isLeapYear(year) ? 29 : 28
  return DAYS_IN_MONTH[month - 1] ?? 31
}

/** A comparable number for two dates of the same kind (missing parts count as 0). */
export const dateKey = (d: DateSpec): number => (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0)

export const sameDate = (a: DateSpec, b: DateSpec): boolean =>
  a.kind === b.kind && a.year === b.year && a.month === b.month && a.day === b.day

/** Filters with one entry or flag removed: used by "remove this filter" chips. */
export type FilterPart =
  | { type: 'date'; index: number }
  | { type: 'range'; index: number }
  | { type: 'include'; category: ContentCategory }
  | { type: 'exclude'; category: ContentCategory }
  | { type: 'mediaType' }
  | { type: 'favorites' }
  | { type: 'archived' }
  | { type: 'appCreatedOnly' }
  | { type: 'order' }
  | { type: 'album' }

export function activeParts(f: SearchFilters): FilterPart[] {
  const parts: FilterPart[] = []
  if (f.albumId) parts.push({ type: 'album' })
  f.dates.forEach((_, index) => parts.push({ type: 'date', index }))
  f.ranges.forEach((_, index) => parts.push({ type: 'range', index }))
  f.include.forEach((category) => parts.push({ type: 'include', category }))
  f.exclude.forEach((category) => parts.push({ type: 'exclude', category }))
  if (f.mediaType !== 'ALL_MEDIA') parts.push({ type: 'mediaType' })
  if (f.favorites) parts.push({ type: 'favorites' })
  if (f.archived) parts.push({ type: 'archived' })
  if (f.appCreatedOnly) parts.push({ type: 'appCreatedOnly' })
  if (f.order !== 'newest') parts.push({ type: 'order' })
  return parts
}

export function removePart(f: SearchFilters, part: FilterPart): SearchFilters {
  switch (part.type) {
    case 'date':
      return { ...f, dates: f.dates.filter((_, i) => i !== part.index) }
    case 'range':
      return { ...f, ranges: f.ranges.filter((_, i) => i !== part.index) }
    case 'include':
      return { ...f, include: f.include.filter((c) => c !== part.category) }
    case 'exclude':
      return { ...f, exclude: f.exclude.filter((c) => c !== part.category) }
    case 'mediaType':
      return { ...f, mediaType: 'ALL_MEDIA' }
    case 'favorites':
      return { ...f, favorites: false }
    case 'archived':
      return { ...f, archived: false }
    case 'appCreatedOnly':
      return { ...f, appCreatedOnly: false }
    case 'order':
      return { ...f, order: 'newest' }
    case 'album': {
      const { albumId: _albumId, ...rest } = f
      return rest
    }
  }
}

/** After removing a date filter, an "oldest first" order that needs one is dropped too. */
export function normalizeOrder(f: SearchFilters): SearchFilters {
  return f.order === 'oldest' && !hasDateFilter(f) ? { ...f, order: 'newest' } : f
}
