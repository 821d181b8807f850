// Search filters ↔ URL query string. Canonical: the same filters always give the same string, so a pasted
// URL, a bookmark and Back/Forward all reproduce the same search (and the same query key).
import { ContentCategoryValues, type ContentCategory } from '../../api/types'
import { emptyFilters, type DateSpec, type MediaTypeChoice, type RangeSpec, type SearchFilters } from './model'

export const PARAM = {
  date: 'date',
  range: 'range',
  include: 'include',
  exclude: 'exclude',
  type: 'type',
  favorites: 'favorites',
  archived: 'archived',
  app: 'app',
  order: 'order',
  album: 'album',
} as const

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** ISO 8601 style: `2016-07-14`, `2016`, `2016-07`, and the recurring forms `--07` and `--07-14`. */
export function formatDateParam(d: DateSpec): string {
  const y = pad(d.year ?? 0, 4)
  const m = pad(d.month ?? 0, 2)
  const dd = pad(d.day ?? 0, 2)
  switch (d.kind) {
    case 'day':
      return `${y}-${m}-${dd}`
    case 'year':
      return y
    case 'month':
      return `${y}-${m}`
    case 'monthAnyYear':
      return `--${m}`
    case 'dayAnyYear':
      return `--${m}-${dd}`
  }
}

export function parseDateParam(text: string): DateSpec | undefined {
  const s = text.trim()
  let m: RegExpExecArray | null
  if ((m = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return { kind: 'day', year: +m[1], month: +m[2], day: +m[3] }
  if ((m = /^(\d{1,4})-(\d{1,2})$/.exec(s))) return { kind: 'month', year: +m[1], month: +m[2] }
  if ((m = /^(\d{1,4})$/.exec(s))) return { kind: 'year', year: +m[1] }
  if ((m = /^--(\d{1,2})-(\d{1,2})$/.exec(s))) return { kind: 'dayAnyYear', month: +m[1], day: +m[2] }
  if ((m = /^--(\d{1,2})$/.exec(s))) return { kind: 'monthAnyYear', month: +m[1] }
  return undefined
}

export const formatRangeParam = (r: RangeSpec): string => `${formatDateParam(r.start)}..${formatDateParam(r.end)}`

export function parseRangeParam(text: string): RangeSpec | undefined {
  const [a, b, ...rest] = text.split('..')
  if (rest.length || a === undefined || b === undefined) return undefined
  const start = parseDateParam(a)
  const end = parseDateParam(b)
  return start && end ? { start, end } : undefined
}

const CATEGORY_SET: ReadonlySet<string> = new Set(ContentCategoryValues)

function parseCategories(values: string[]): ContentCategory[] {
  const out: ContentCategory[] = []
  for (const value of values.flatMap((v) => v.split(','))) {
    const name = value.trim().toUpperCase()
    if (CATEGORY_SET.has(name) && !out.includes(name as ContentCategory)) out.push(name as ContentCategory)
  }
  return out
}

const TYPE_PARAM: Record<Exclude<MediaTypeChoice, 'ALL_MEDIA'>, string> = { PHOTO: 'photos', VIDEO: 'videos' }
const truthy = (v: string | null) => v !== null && v !== '0' && v !== 'false'

/** Reads filters from a query string; anything unreadable is left out (and so never sent). */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const f: SearchFilters = {
    ...emptyFilters,
    dates: params.getAll(PARAM.date).map(parseDateParam).filter((d): d is DateSpec => !!d),
    ranges: params.getAll(PARAM.range).map(parseRangeParam).filter((r): r is RangeSpec => !!r),
    include: parseCategories(params.getAll(PARAM.include)),
    exclude: parseCategories(params.getAll(PARAM.exclude)),
    favorites: truthy(params.get(PARAM.favorites)),
    archived: truthy(params.get(PARAM.archived)),
    appCreatedOnly: truthy(params.get(PARAM.app)),
    order: params.get(PARAM.order) === 'oldest' ? 'oldest' : 'newest',
  }
  const type = params.get(PARAM.type)
  if (type === TYPE_PARAM.PHOTO) f.mediaType = 'PHOTO'
  else if (type === TYPE_PARAM.VIDEO) f.mediaType = 'VIDEO'
  const album = params.get(PARAM.album)
  if (album) f.albumId = album
  return f
}

export function filtersToParams(f: SearchFilters): URLSearchParams {
  const p = new URLSearchParams()
  if (f.albumId) p.set(PARAM.album, f.albumId)
  for (const d of f.dates) p.append(PARAM.date, formatDateParam(d))
  for (const r of f.ranges) p.append(PARAM.range, formatRangeParam(r))
  if (f.include.length) p.set(PARAM.include, f.include.map((c) => c.toLowerCase()).join(','))
  if (f.exclude.length) p.set(PARAM.exclude, f.exclude.map((c) => c.toLowerCase()).join(','))
  if (f.mediaType !== 'ALL_MEDIA') p.set(PARAM.type, TYPE_PARAM[f.mediaType])
  if (f.favorites) p.set(PARAM.favorites, '1')
  if (f.archived) p.set(PARAM.archived, '1')
  if (f.appCreatedOnly) p.set(PARAM.app, '1')
  if (f.order === 'oldest') p.set(PARAM.order, 'oldest')
  return p
}

/** `?…` for links (empty when there are no filters); commas stay readable. */
export function filtersToSearch(f: SearchFilters): string {
  const s = filtersToParams(f).toString().replace(/%2C/g, ',')
  return s ? `?${s}` : ''
}
