// mediaItems.search filter validation (limits and shapes from the contract) and matching.
import type { ContentCategory, Date as ApiDate, Filters } from './api-types.gen'
import { invalid } from './errors'
import type { ItemRecord } from './state'

export interface CompiledSearch {
  match: (item: ItemRecord) => boolean
  /** Any content/date/media-type/feature constraint present (filtered searches skip future-dated items). */
  filtered: boolean
  hasDateFilter: boolean
  includeArchived: boolean
  excludeNonAppCreated: boolean
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function validateDate(d: ApiDate, where: string): void {
  const year = d.year ?? 0
  const month = d.month ?? 0
  const day = d.day ?? 0
  for (const [k, v] of [['year', year], ['month', month], ['day', day]] as const)
    if (!Number.isInteger(v)) throw invalid(`${where}: ${k} must be an integer.`)
  if (year < 0 || year > 9999) throw invalid(`${where}: year must be between 1 and 9999, or 0.`)
  if (month < 0 || month > 12) throw invalid(`${where}: month must be between 1 and 12, or 0.`)
  if (day < 0 || day > 31) throw invalid(`${where}: day must be between 1 and 31, or 0.`)
  if (year === 0 && month === 0 && day === 0) throw invalid(`${where}: a date cannot have year, month and day all 0.`)
  if (month === 0 && day !== 0) throw invalid(`${where}: a date cannot have month 0 with a non-zero day.`)
  if (year === 0 && day === 0) throw invalid(`${where}: a date cannot have both year and day 0.`)
  if (month !== 0 && day !== 0) {
    const leap = year === 0 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
    const max = month === 2 && !leap ? 28 : DAYS[month - 1]
    if (day > max) throw invalid(`${where}: day ${day} is not valid for month ${month}.`)
  }
}

const shapeOf = (d: ApiDate): string => `${d.year ? 'y' : '-'}${d.month ? 'm' : '-'}${d.day ? 'd' : '-'}`

/** Comparable key of a date restricted to the components the filter date carries. */
function keyFor(shape: string, y: number, m: number, d: number): number {
  return (shape[0] === 'y' ? y * 10000 : 0) + (shape[1] === 'm' ? m * 100 : 0) + (shape[2] === 'd' ? d : 0)
}

const CATEGORY_LIMIT = 10
const DATE_LIMIT = 5

export function compileFilters(filters: Filters | undefined): CompiledSearch {
  const f = filters ?? {}
  const tests: ((i: ItemRecord) => boolean)[] = []
  let hasDateFilter = false

  if (f.dateFilter) {
    const dates = f.dateFilter.dates ?? []
    const ranges = f.dateFilter.ranges ?? []
    if (dates.length > DATE_LIMIT) throw invalid(`A date filter can have at most ${DATE_LIMIT} dates.`)
    if (ranges.length > DATE_LIMIT) throw invalid(`A date filter can have at most ${DATE_LIMIT} date ranges.`)
    dates.forEach((d, i) => validateDate(d, `filters.dateFilter.dates[${i}]`))
    ranges.forEach((r, i) => {
      if (!r.startDate || !r.endDate) throw invalid(`filters.dateFilter.ranges[${i}]: startDate and endDate are required.`)
      validateDate(r.startDate, `filters.dateFilter.ranges[${i}].startDate`)
      validateDate(r.endDate, `filters.dateFilter.ranges[${i}].endDate`)
      if (shapeOf(r.startDate) !== shapeOf(r.endDate)) throw invalid(`filters.dateFilter.ranges[${i}]: startDate and endDate must be of the same format.`)
    })
    if (dates.length || ranges.length) {
      hasDateFilter = true
      const dateTests = dates.map((d) => {
        const shape = shapeOf(d)
        const want = keyFor(shape, d.year ?? 0, d.month ?? 0, d.day ?? 0)
        return (y: number, m: number, dd: number) => keyFor(shape, y, m, dd) === want
      })
      const rangeTests = ranges.map((r) => {
        const s = r.startDate as ApiDate
        const e = r.endDate as ApiDate
        const shape = shapeOf(s)
        const lo = keyFor(shape, s.year ?? 0, s.month ?? 0, s.day ?? 0)
        const hi = keyFor(shape, e.year ?? 0, e.month ?? 0, e.day ?? 0)
        return (y: number, m: number, dd: number) => {
          const k = keyFor(shape, y, m, dd)
          return k >= lo && k <= hi
        }
      })
      const all = [...dateTests, ...rangeTests]
      tests.push((item) => {
        // Items without capture-date metadata never match date filters (upload time is not a fallback).
        if (!item.hasCaptureDate) return false
        const dt = new Date(item.creationTime)
        const y = dt.getUTCFullYear()
        const m = dt.getUTCMonth() + 1
        const d = dt.getUTCDate()
        return all.some((t) => t(y, m, d))
      })
    }
  }

  if (f.contentFilter) {
    const inc = f.contentFilter.includedContentCategories ?? []
    const exc = f.contentFilter.excludedContentCategories ?? []
    if (inc.length > CATEGORY_LIMIT) throw invalid(`At most ${CATEGORY_LIMIT} included content categories are allowed.`)
    if (exc.length > CATEGORY_LIMIT) throw invalid(`At most ${CATEGORY_LIMIT} excluded content categories are allowed.`)
    const both = inc.filter((c) => c !== 'NONE' && exc.includes(c))
    if (both.length) throw invalid(`Content category ${both[0]} cannot be both included and excluded.`)
    // NONE is ignored (it only ever means "no category").
    const incSet = new Set<ContentCategory>(inc.filter((c) => c !== 'NONE'))
    const excSet = new Set<ContentCategory>(exc.filter((c) => c !== 'NONE'))
    if (incSet.size) tests.push((i) => i.categories.some((c) => incSet.has(c)))
    if (excSet.size) tests.push((i) => !i.categories.some((c) => excSet.has(c)))
  }

  if (f.mediaTypeFilter) {
    const types = f.mediaTypeFilter.mediaTypes ?? []
    if (types.length > 1) throw invalid('A media type filter can only have one media type.')
    const t = types[0]
    if (t === 'PHOTO') tests.push((i) => !i.video)
    else if (t === 'VIDEO') tests.push((i) => !!i.video)
  }

  if (f.featureFilter) {
    const feats = (f.featureFilter.includedFeatures ?? []).filter((x) => x !== 'NONE')
    if (feats.includes('FAVORITES')) tests.push((i) => i.favorite)
  }

  return {
    match: (item) => tests.every((t) => t(item)),
    filtered: tests.length > 0,
    hasDateFilter,
    includeArchived: !!f.includeArchivedMedia,
    excludeNonAppCreated: !!f.excludeNonAppCreatedData,
  }
}

/** orderBy rules: needs a dateFilter; only includeArchivedMedia/excludeNonAppCreatedData beside it. */
export function checkOrderBy(orderBy: string | undefined, filters: Filters | undefined): 'asc' | 'desc' | undefined {
  if (orderBy === undefined || orderBy === '') return undefined
  const norm = orderBy.trim().replace(/\s+/g, ' ')
  let dir: 'asc' | 'desc'
  if (norm === 'MediaMetadata.creation_time') dir = 'asc'
  else if (norm === 'MediaMetadata.creation_time desc') dir = 'desc'
  else throw invalid(`Invalid orderBy "${orderBy}". Supported values are "MediaMetadata.creation_time" and "MediaMetadata.creation_time desc".`)
  const df = filters?.dateFilter
  if (!df || (!(df.dates ?? []).length && !(df.ranges ?? []).length)) throw invalid('orderBy can only be used with a dateFilter.')
  if (filters?.contentFilter || filters?.mediaTypeFilter || filters?.featureFilter)
    throw invalid('orderBy can only be used with a dateFilter, includeArchivedMedia and excludeNonAppCreatedData.')
  return dir
}
