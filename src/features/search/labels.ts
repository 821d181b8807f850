// Localized text for filters: dates in the user's language, category names, issue messages, chip labels.
import type { TFunction } from 'i18next'
import type { ContentCategory } from '../../api/types'
import type { DateSpec, FilterPart, SearchFilters } from './model'
import { formatDateParam } from './url'
import type { FilterIssue } from './validate'
import { isValidDate } from './validate'

export type SearchT = TFunction<'search'>

function utcDate(y: number, m: number, d: number): Date {
  const date = new Date(Date.UTC(2000, m - 1, d))
  date.setUTCFullYear(y)
  return date
}

const fmt = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date)

/** "14 Jul 2016", "2016", "July 2016", "July, any year", "14 July, any year" — in the user's language. */
export function formatDateSpec(d: DateSpec, locale: string, t: SearchT): string {
  if (!isValidDate(d)) return formatDateParam(d)
  const y = d.year ?? 2000
  const m = d.month ?? 1
  const day = d.day ?? 1
  switch (d.kind) {
    case 'day':
      return fmt(locale, { dateStyle: 'medium' }, utcDate(y, m, day))
    case 'year':
      return fmt(locale, { year: 'numeric' }, utcDate(y, 1, 1))
    case 'month':
      return fmt(locale, { year: 'numeric', month: 'long' }, utcDate(y, m, 1))
    case 'monthAnyYear':
      return t('dates.anyYear', { date: fmt(locale, { month: 'long' }, utcDate(2000, m, 1)) })
    case 'dayAnyYear':
      // 2000 is a leap year, so 29 February formats too.
      return t('dates.anyYear', { date: fmt(locale, { month: 'long', day: 'numeric' }, utcDate(2000, m, day)) })
  }
}

export function monthNames(locale: string): string[] {
  return Array.from({ length: 12 }, (_, i) => fmt(locale, { month: 'long' }, utcDate(2000, i + 1, 1)))
}

export const categoryName = (c: ContentCategory, t: SearchT): string => t(`categories.name.${c}`)

export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}

export function issueMessage(issue: FilterIssue, locale: string, t: SearchT): string {
  const values = { count: issue.count ?? 0, max: issue.max ?? 0 }
  switch (issue.code) {
    case 'tooManyDates':
      return t('issues.tooManyDates', values)
    case 'tooManyRanges':
      return t('issues.tooManyRanges', values)
    case 'dateInvalid':
      return t('issues.dateInvalid')
    case 'rangeKindMismatch':
      return t('issues.rangeKindMismatch')
    case 'rangeStartAfterEnd':
      return t('issues.rangeStartAfterEnd')
    case 'tooManyIncluded':
      return t('issues.tooManyIncluded', values)
    case 'tooManyExcluded':
      return t('issues.tooManyExcluded', values)
    case 'categoryOverlap':
      return t('issues.categoryOverlap', {
        categories: formatList((issue.categories ?? []).map((c) => categoryName(c, t)), locale),
      })
    case 'orderNeedsDate':
      return t('issues.orderNeedsDate')
    case 'orderWithOtherFilters':
      return t('issues.orderWithOtherFilters')
  }
}

/** The short name of one active filter, for chips and the no-results state. */
export function partLabel(f: SearchFilters, part: FilterPart, locale: string, t: SearchT, albumTitle?: string): string {
  switch (part.type) {
    case 'date':
      return formatDateSpec(f.dates[part.index]!, locale, t)
    case 'range': {
      const r = f.ranges[part.index]!
      return t('active.range', { start: formatDateSpec(r.start, locale, t), end: formatDateSpec(r.end, locale, t) })
    }
    case 'include':
      return categoryName(part.category, t)
    case 'exclude':
      return t('active.excluded', { name: categoryName(part.category, t) })
    case 'mediaType':
      return t(`mediaType.${f.mediaType}`)
    case 'favorites':
      return t('active.favorites')
    case 'archived':
      return t('active.archived')
    case 'appCreatedOnly':
      return t('active.appCreated')
    case 'order':
      return t('active.oldest')
    case 'album':
      return t('active.album', { name: albumTitle ?? t('scope.unknownAlbum') })
  }
}
