// Checks filters against what mediaItems.search would refuse (contract §3, §6), before anything is sent.
import type { ContentCategory } from '../../api/types'
import {
  KIND_PARTS,
  apiDateCounts,
  LIMITS,
  dateKey,
  daysInMonth,
  hasDateFilter,
  hasOrderBlockingFilters,
  type DateSpec,
  type SearchFilters,
} from './model'

export type IssueCode =
  | 'tooManyDates'
  | 'tooManyRanges'
  | 'dateInvalid'
  | 'rangeKindMismatch'
  | 'rangeStartAfterEnd'
  | 'tooManyIncluded'
  | 'tooManyExcluded'
  | 'categoryOverlap'
  | 'orderNeedsDate'
  | 'orderWithOtherFilters'

/**
 * Where a message is shown: next to the whole date list, one date, one range (or one of its ends), a
 * category list, or the order control.
 */
export type IssueField =
  | 'dates'
  | `dates.${number}`
  | 'ranges'
  | `ranges.${number}`
  | `ranges.${number}.start`
  | `ranges.${number}.end`
  | 'include'
  | 'exclude'
  | 'categories'
  | 'order'

export interface FilterIssue {
  field: IssueField
  code: IssueCode
  count?: number
  max?: number
  categories?: ContentCategory[]
}

/** Whether a date has every part its kind needs, each in range, and names a day that exists. */
export function isValidDate(d: DateSpec): boolean {
  const parts = KIND_PARTS[d.kind]
  const ok = (v: number | undefined, lo: number, hi: number) => v !== undefined && Number.isInteger(v) && v >= lo && v <= hi
  if (parts.year && !ok(d.year, 1, 9999)) return false
  if (parts.month && !ok(d.month, 1, 12)) return false
  if (parts.day && !ok(d.day, 1, daysInMonth(d.month ?? 0, parts.year ? d.year : undefined))) return false
  return true
}

export function validateFilters(f: SearchFilters): FilterIssue[] {
  const issues: FilterIssue[] = []
  // With an album chosen the filters are paused and not sent, so nothing below can make the request fail.
  if (f.albumId) return issues

  const counts = apiDateCounts(f)
  if (counts.dates > LIMITS.dates) issues.push({ field: 'dates', code: 'tooManyDates', count: counts.dates, max: LIMITS.dates })
  f.dates.forEach((d, i) => {
    if (!isValidDate(d)) issues.push({ field: `dates.${i}`, code: 'dateInvalid' })
  })

  if (counts.ranges > LIMITS.ranges) issues.push({ field: 'ranges', code: 'tooManyRanges', count: counts.ranges, max: LIMITS.ranges })
  f.ranges.forEach((r, i) => {
    const startOk = isValidDate(r.start)
    const endOk = isValidDate(r.end)
    if (!startOk) issues.push({ field: `ranges.${i}.start`, code: 'dateInvalid' })
    if (!endOk) issues.push({ field: `ranges.${i}.end`, code: 'dateInvalid' })
    if (r.start.kind !== r.end.kind) issues.push({ field: `ranges.${i}`, code: 'rangeKindMismatch' })
    else if (startOk && endOk && dateKey(r.start) > dateKey(r.end)) issues.push({ field: `ranges.${i}`, code: 'rangeStartAfterEnd' })
  })

  if (f.include.length > LIMITS.categories)
    issues.push({ field: 'include', code: 'tooManyIncluded', count: f.include.length, max: LIMITS.categories })
  if (f.exclude.length > LIMITS.categories)
    issues.push({ field: 'exclude', code: 'tooManyExcluded', count: f.exclude.length, max: LIMITS.categories })
  const both = f.include.filter((c) => f.exclude.includes(c))
  if (both.length) issues.push({ field: 'categories', code: 'categoryOverlap', categories: both })

  if (f.order === 'oldest') {
    if (!hasDateFilter(f)) issues.push({ field: 'order', code: 'orderNeedsDate' })
    else if (hasOrderBlockingFilters(f)) issues.push({ field: 'order', code: 'orderWithOtherFilters' })
  }
  return issues
}

/** Issues shown at `field` (a range's own issues, not its ends', unless asked for the end). */
export const issuesAt = (issues: readonly FilterIssue[], field: IssueField): FilterIssue[] =>
  issues.filter((i) => i.field === field)
