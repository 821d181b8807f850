import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import en from '../../i18n/locales/en'
import he from '../../i18n/locales/he'
import zh from '../../i18n/locales/zh-CN'
import { activeParts, emptyFilters, normalizeOrder, removePart, type SearchFilters } from './model'
import { applyPreset, isPresetActive, presetDates, PRESETS } from './presets'
import { ORDER_OLDEST_FIRST, toSearchRequest } from './request'
import { filtersFromParams, filtersToParams, filtersToSearch, formatDateParam, parseDateParam, parseRangeParam } from './url'
import { issueMessage, partLabel, formatDateSpec, type SearchT } from './labels'
import { isValidDate, validateFilters, type FilterIssue, type IssueCode } from './validate'

const f = (over: Partial<SearchFilters>): SearchFilters => ({ ...emptyFilters, ...over })
const roundTrip = (x: SearchFilters) => filtersFromParams(new URLSearchParams(filtersToSearch(x)))

describe('dates in the URL', () => {
  it.each([
    ['2016-07-14', { kind: 'day', year: 2016, month: 7, day: 14 }],
    ['2016', { kind: 'year', year: 2016 }],
    ['2016-07', { kind: 'month', year: 2016, month: 7 }],
    ['--07', { kind: 'monthAnyYear', month: 7 }],
    ['--12-25', { kind: 'dayAnyYear', month: 12, day: 25 }],
  ])('%s', (text, spec) => {
    expect(parseDateParam(text)).toEqual(spec)
    expect(formatDateParam(parseDateParam(text)!)).toBe(text)
  })

  it('pads and rejects what is not a date', () => {
    expect(formatDateParam({ kind: 'day', year: 16, month: 7, day: 4 })).toBe('0016-07-04')
    for (const bad of ['', 'x', '2016-07-14-1', '---07', '20160', '2016/07/14', '--'])
      expect(parseDateParam(bad)).toBeUndefined()
  })

  it('parses ranges with two ends', () => {
    expect(parseRangeParam('2016..2018')).toEqual({ start: { kind: 'year', year: 2016 }, end: { kind: 'year', year: 2018 } })
    expect(parseRangeParam('2016..')).toBeUndefined()
    expect(parseRangeParam('2016..2017..2018')).toBeUndefined()
  })
})

describe('filters ↔ URL', () => {
  const full: SearchFilters = f({
    dates: [{ kind: 'year', year: 2019 }, { kind: 'monthAnyYear', month: 6 }, { kind: 'dayAnyYear', month: 12, day: 25 }],
    ranges: [{ start: { kind: 'day', year: 2018, month: 1, day: 1 }, end: { kind: 'day', year: 2018, month: 12, day: 31 } }],
    include: ['LANDSCAPES', 'TRAVEL'],
    exclude: ['PEOPLE'],
    mediaType: 'PHOTO',
    favorites: true,
    archived: true,
    appCreatedOnly: true,
  })

  it('round-trips every filter', () => {
    expect(roundTrip(full)).toEqual(full)
    const ordered = f({ dates: [{ kind: 'year', year: 2019 }], order: 'oldest', archived: true })
    expect(roundTrip(ordered)).toEqual(ordered)
    const album = f({ albumId: 'ALBUM_1', favorites: true })
    expect(roundTrip(album)).toEqual(album)
    expect(roundTrip(f({ mediaType: 'VIDEO' }))).toEqual(f({ mediaType: 'VIDEO' }))
  })

  it('writes a readable, canonical query string', () => {
    expect(filtersToSearch(full)).toBe(
      '?date=2019&date=--06&date=--12-25&range=2018-01-01..2018-12-31&include=landscapes,travel&exclude=people&type=photos&favorites=1&archived=1&app=1',
    )
    expect(filtersToSearch(emptyFilters)).toBe('')
    expect(filtersToParams(f({ order: 'oldest', dates: [{ kind: 'year', year: 2020 }] })).get('order')).toBe('oldest')
  })

  it('reads an empty query as no filters, and drops what it cannot read', () => {
    expect(filtersFromParams(new URLSearchParams(''))).toEqual(emptyFilters)
    const odd = filtersFromParams(
      new URLSearchParams('date=soon&date=2020&range=1..&include=LANDSCAPES,unicorns&include=pets&type=gifs&order=sideways&favorites=0&archived=true'),
    )
    expect(odd).toEqual(f({ dates: [{ kind: 'year', year: 2020 }], include: ['LANDSCAPES', 'PETS'], archived: true }))
  })

  it('keeps values the API would refuse, so the form can say what is wrong', () => {
    const x = filtersFromParams(new URLSearchParams('date=2021-02-30&range=2020..2019&include=pets&exclude=pets'))
    expect(x.dates).toEqual([{ kind: 'day', year: 2021, month: 2, day: 30 }])
    expect(x.ranges).toHaveLength(1)
    expect(validateFilters(x).map((i) => i.code)).toEqual(['dateInvalid', 'rangeStartAfterEnd', 'categoryOverlap'])
  })
})

describe('filters → SearchMediaItemsRequest', () => {
  it('sends nothing for no filters', () => {
    expect(toSearchRequest(emptyFilters)).toEqual({})
  })

  it('maps every filter', () => {
    expect(
      toSearchRequest(
        f({
          dates: [{ kind: 'year', year: 2019 }, { kind: 'monthAnyYear', month: 6 }, { kind: 'dayAnyYear', month: 12, day: 25 }],
          ranges: [{ start: { kind: 'month', year: 2018, month: 1 }, end: { kind: 'month', year: 2018, month: 3 } }],
          include: ['LANDSCAPES', 'TRAVEL'],
          exclude: ['PEOPLE'],
          mediaType: 'VIDEO',
          favorites: true,
          archived: true,
          appCreatedOnly: true,
        }),
      ),
    ).toEqual({
      filters: {
        dateFilter: {
          dates: [{ year: 2019 }, { month: 12, day: 25 }],
          ranges: [
            { startDate: { year: 2018, month: 1 }, endDate: { year: 2018, month: 3 } },
            // The API has no "month in any year": June is sent as 1–30 June in any year.
            { startDate: { month: 6, day: 1 }, endDate: { month: 6, day: 30 } },
          ],
        },
        contentFilter: { includedContentCategories: ['LANDSCAPES', 'TRAVEL'], excludedContentCategories: ['PEOPLE'] },
        mediaTypeFilter: { mediaTypes: ['VIDEO'] },
        featureFilter: { includedFeatures: ['FAVORITES'] },
        includeArchivedMedia: true,
        excludeNonAppCreatedData: true,
      },
    })
  })

  it('leaves out empty parts (an empty contentFilter would count as a filter beside orderBy)', () => {
    expect(toSearchRequest(f({ exclude: ['FOOD'] }))).toEqual({ filters: { contentFilter: { excludedContentCategories: ['FOOD'] } } })
    expect(toSearchRequest(f({ mediaType: 'PHOTO' }))).toEqual({ filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } })
  })

  it('sends orderBy only for oldest first (newest is the default)', () => {
    const dates = [{ kind: 'year' as const, year: 2019 }]
    expect(toSearchRequest(f({ dates, order: 'oldest', archived: true }))).toEqual({
      filters: { dateFilter: { dates: [{ year: 2019 }] }, includeArchivedMedia: true },
      orderBy: ORDER_OLDEST_FIRST,
    })
    expect(toSearchRequest(f({ dates })).orderBy).toBeUndefined()
  })

  it('sends months in any year as ranges of days (29 February included)', () => {
    expect(
      toSearchRequest(f({ dates: [{ kind: 'monthAnyYear', month: 2 }], ranges: [{ start: { kind: 'monthAnyYear', month: 6 }, end: { kind: 'monthAnyYear', month: 8 } }] })),
    ).toEqual({
      filters: {
        dateFilter: {
          ranges: [
            { startDate: { month: 6, day: 1 }, endDate: { month: 8, day: 31 } },
            { startDate: { month: 2, day: 1 }, endDate: { month: 2, day: 29 } },
          ],
        },
      },
    })
  })

  it('sends only the album for an album search (the API refuses filters beside albumId)', () => {
    expect(toSearchRequest(f({ albumId: 'A1', favorites: true, dates: [{ kind: 'year', year: 2019 }], order: 'oldest' }))).toEqual({
      albumId: 'A1',
    })
  })
})

const codes = (x: SearchFilters) => validateFilters(x).map((i) => `${i.field}:${i.code}`)
const year = (y: number) => ({ kind: 'year' as const, year: y })
const categories = ['LANDSCAPES', 'RECEIPTS', 'CITYSCAPES', 'LANDMARKS', 'SELFIES', 'PEOPLE', 'PETS', 'WEDDINGS', 'BIRTHDAYS', 'DOCUMENTS', 'TRAVEL'] as const

describe('validation (what the API would refuse)', () => {
  it('accepts the limits exactly', () => {
    expect(
      codes(
        f({
          dates: [2016, 2017, 2018, 2019, 2020].map(year),
          ranges: [2016, 2017, 2018, 2019, 2020].map((y) => ({ start: year(y), end: year(y) })),
          include: categories.slice(0, 10),
          exclude: ['FOOD', 'NIGHT', 'ARTS', 'CRAFTS', 'FASHION', 'HOUSES', 'GARDENS', 'FLOWERS', 'HOLIDAYS', 'SPORT'],
        }),
      ),
    ).toEqual([])
  })

  it('a month in any year counts as a range, not a date', () => {
    const months = [1, 2, 3].map((month) => ({ kind: 'monthAnyYear' as const, month }))
    const threeRanges = [1, 2, 3].map((i) => ({ start: year(2000 + i), end: year(2000 + i) }))
    expect(codes(f({ dates: [...[2016, 2017, 2018, 2019, 2020].map(year), ...months.slice(0, 2)], ranges: threeRanges }))).toEqual([])
    expect(validateFilters(f({ dates: months, ranges: threeRanges }))).toEqual([{ field: 'ranges', code: 'tooManyRanges', count: 6, max: 5 }])
  })

  it('too many dates and ranges', () => {
    expect(codes(f({ dates: [2016, 2017, 2018, 2019, 2020, 2021].map(year) }))).toEqual(['dates:tooManyDates'])
    const issue = validateFilters(f({ ranges: [1, 2, 3, 4, 5, 6].map((i) => ({ start: year(2000 + i), end: year(2000 + i) })) }))
    expect(issue).toEqual([{ field: 'ranges', code: 'tooManyRanges', count: 6, max: 5 }])
  })

  it('dates that do not exist', () => {
    expect(isValidDate({ kind: 'day', year: 2020, month: 2, day: 29 })).toBe(true)
    expect(isValidDate({ kind: 'day', year: 2021, month: 2, day: 29 })).toBe(false)
    expect(isValidDate({ kind: 'dayAnyYear', month: 2, day: 29 })).toBe(true)
    expect(isValidDate({ kind: 'dayAnyYear', month: 4, day: 31 })).toBe(false)
    expect(isValidDate({ kind: 'month', year: 2020, month: 13 })).toBe(false)
    expect(isValidDate({ kind: 'year', year: 0 })).toBe(false)
    expect(isValidDate({ kind: 'year', year: 10000 })).toBe(false)
    expect(isValidDate({ kind: 'monthAnyYear', month: 0 })).toBe(false)
    expect(codes(f({ dates: [year(2020), { kind: 'day', year: 2021, month: 2, day: 29 }] }))).toEqual(['dates.1:dateInvalid'])
    expect(codes(f({ ranges: [{ start: { kind: 'monthAnyYear', month: 13 }, end: { kind: 'monthAnyYear', month: 2 } }] }))).toEqual([
      'ranges.0.start:dateInvalid',
    ])
  })

  it('a range whose start is after its end, or whose ends differ in kind', () => {
    expect(codes(f({ ranges: [{ start: year(2020), end: year(2019) }] }))).toEqual(['ranges.0:rangeStartAfterEnd'])
    expect(codes(f({ ranges: [{ start: { kind: 'monthAnyYear', month: 8 }, end: { kind: 'monthAnyYear', month: 6 } }] }))).toEqual([
      'ranges.0:rangeStartAfterEnd',
    ])
    expect(codes(f({ ranges: [{ start: year(2019), end: year(2019) }] }))).toEqual([])
    expect(codes(f({ ranges: [{ start: year(2019), end: { kind: 'month', year: 2019, month: 5 } }] }))).toEqual(['ranges.0:rangeKindMismatch'])
  })

  it('too many categories, and a category both included and excluded', () => {
    expect(validateFilters(f({ include: [...categories] }))).toEqual([{ field: 'include', code: 'tooManyIncluded', count: 11, max: 10 }])
    expect(codes(f({ exclude: [...categories] }))).toEqual(['exclude:tooManyExcluded'])
    expect(validateFilters(f({ include: ['PETS', 'FOOD', 'NIGHT'], exclude: ['NIGHT', 'PETS'] }))).toEqual([
      { field: 'categories', code: 'categoryOverlap', categories: ['PETS', 'NIGHT'] },
    ])
  })

  it('oldest first needs a date filter and nothing but archived/app-created beside it', () => {
    expect(codes(f({ order: 'oldest' }))).toEqual(['order:orderNeedsDate'])
    expect(codes(f({ order: 'oldest', dates: [year(2019)], favorites: true }))).toEqual(['order:orderWithOtherFilters'])
    expect(codes(f({ order: 'oldest', dates: [year(2019)], mediaType: 'VIDEO' }))).toEqual(['order:orderWithOtherFilters'])
    expect(codes(f({ order: 'oldest', dates: [year(2019)], include: ['PETS'] }))).toEqual(['order:orderWithOtherFilters'])
    expect(codes(f({ order: 'oldest', ranges: [{ start: year(2019), end: year(2020) }], archived: true, appCreatedOnly: true }))).toEqual([])
  })

  it('nothing is refused in an album search, because the filters are not sent', () => {
    expect(codes(f({ albumId: 'A', order: 'oldest', include: [...categories] }))).toEqual([])
  })
})

describe('validation messages', () => {
  const every: FilterIssue[] = [
    { field: 'dates', code: 'tooManyDates', count: 6, max: 5 },
    { field: 'ranges', code: 'tooManyRanges', count: 7, max: 5 },
    { field: 'dates.0', code: 'dateInvalid' },
    { field: 'ranges.0', code: 'rangeKindMismatch' },
    { field: 'ranges.0', code: 'rangeStartAfterEnd' },
    { field: 'include', code: 'tooManyIncluded', count: 11, max: 10 },
    { field: 'exclude', code: 'tooManyExcluded', count: 12, max: 10 },
    { field: 'categories', code: 'categoryOverlap', categories: ['PETS', 'NIGHT'] },
    { field: 'order', code: 'orderNeedsDate' },
    { field: 'order', code: 'orderWithOtherFilters' },
  ]
  const allCodes: Record<IssueCode, true> = {
    tooManyDates: true,
    tooManyRanges: true,
    dateInvalid: true,
    rangeKindMismatch: true,
    rangeStartAfterEnd: true,
    tooManyIncluded: true,
    tooManyExcluded: true,
    categoryOverlap: true,
    orderNeedsDate: true,
    orderWithOtherFilters: true,
  }

  async function tFor(lng: string): Promise<SearchT> {
    const i = i18next.createInstance()
    await i.init({ lng, resources: { en, he, 'zh-CN': zh }, fallbackLng: false, ns: ['search'], defaultNS: 'search', interpolation: { escapeValue: false } })
    return i.getFixedT(lng, 'search') as SearchT
  }

  it('covers every code', () => {
    expect(new Set(every.map((i) => i.code))).toEqual(new Set(Object.keys(allCodes)))
  })

  it('English wording', async () => {
    const t = await tFor('en')
    expect(every.map((i) => issueMessage(i, 'en', t))).toEqual([
      'Choose at most 5 single dates (there are 6).',
      'Choose at most 5 date ranges, counting each month in any year as one (there are 7).',
      'This date does not exist.',
      'Both ends of a range must be the same kind of date.',
      'The start of this range is after its end.',
      'Include at most 10 categories (there are 11).',
      'Exclude at most 10 categories (there are 12).',
      'Pets and Night can’t be both included and excluded.',
      'Oldest first needs a date or a date range.',
      'Oldest first can’t be combined with content, media type or favourites.',
    ])
  })

  it.each(['zh-CN', 'he'])('%s has its own wording for every message', async (lng) => {
    const t = await tFor(lng)
    const enT = await tFor('en')
    for (const issue of every) {
      const text = issueMessage(issue, lng, t)
      expect(text).not.toMatch(/{{|issues\./)
      expect(text).not.toBe(issueMessage(issue, 'en', enT))
      if (issue.max) expect(text).toContain(String(issue.max))
    }
  })

  it('names active filters in the user’s language', async () => {
    const t = await tFor('en')
    const x = f({
      dates: [{ kind: 'monthAnyYear', month: 7 }, { kind: 'dayAnyYear', month: 2, day: 29 }, { kind: 'month', year: 2018, month: 10 }],
      ranges: [{ start: { kind: 'day', year: 2016, month: 7, day: 1 }, end: { kind: 'day', year: 2016, month: 7, day: 31 } }],
      exclude: ['PEOPLE'],
      mediaType: 'VIDEO',
      albumId: 'A',
    })
    expect(activeParts(x).map((p) => partLabel(x, p, 'en', t, 'Skagen 2016'))).toEqual([
      'Album: Skagen 2016',
      'July, any year',
      'February 29, any year',
      'October 2018',
      'Jul 1, 2016 – Jul 31, 2016',
      'Not People',
      'Videos',
    ])
    expect(formatDateSpec({ kind: 'year', year: 2016 }, 'he', t)).toBe('2016')
    expect(formatDateSpec({ kind: 'day', year: 2021, month: 2, day: 30 }, 'en', t)).toBe('2021-02-30')
  })
})

describe('removing filters one by one', () => {
  it('removes exactly one part and drops an order that needs the removed dates', () => {
    const x = f({ dates: [year(2019)], include: ['PETS', 'FOOD'], favorites: true, order: 'oldest', albumId: 'A' })
    const parts = activeParts(x)
    expect(parts.map((p) => p.type)).toEqual(['album', 'date', 'include', 'include', 'favorites', 'order'])
    expect(removePart(x, { type: 'include', category: 'PETS' }).include).toEqual(['FOOD'])
    expect(removePart(x, { type: 'album' }).albumId).toBeUndefined()
    expect(normalizeOrder(removePart(x, { type: 'date', index: 0 })).order).toBe('newest')
    let y = x
    for (const p of [...activeParts(x)].reverse()) y = removePart(y, p)
    expect(y).toEqual(emptyFilters)
  })
})

describe('quick date presets', () => {
  const today = { year: 2026, month: 3, day: 10 }
  it('computes each preset from today', () => {
    expect(presetDates('thisYear', today)).toEqual({ dates: [year(2026)], ranges: [] })
    expect(presetDates('lastYear', today)).toEqual({ dates: [year(2025)], ranges: [] })
    expect(presetDates('thisMonth', today)).toEqual({ dates: [{ kind: 'month', year: 2026, month: 3 }], ranges: [] })
    expect(presetDates('thisMonthPastYears', today)).toEqual({ dates: [{ kind: 'monthAnyYear', month: 3 }], ranges: [] })
    expect(presetDates('onThisDay', today)).toEqual({ dates: [{ kind: 'dayAnyYear', month: 3, day: 10 }], ranges: [] })
    expect(presetDates('last30Days', today)).toEqual({
      dates: [],
      ranges: [{ start: { kind: 'day', year: 2026, month: 2, day: 9 }, end: { kind: 'day', year: 2026, month: 3, day: 10 } }],
    })
  })
  it('replaces the dates, keeps the rest, and knows when it is active', () => {
    const x = applyPreset(f({ dates: [year(2001)], favorites: true }), 'lastYear', today)
    expect(x).toEqual(f({ dates: [year(2025)], favorites: true }))
    expect(PRESETS.filter((p) => isPresetActive(x, p, today))).toEqual(['lastYear'])
    for (const p of PRESETS) expect(validateFilters(applyPreset(emptyFilters, p, today))).toEqual([])
  })
})
