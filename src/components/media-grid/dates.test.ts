import { describe, expect, it, vi } from 'vitest'
import { dayKey, dayLabelKind, formatDayLabel, formatDayLong, formatItemDateTime, groupByDay, groupIntoSections, prepareDateLabels } from './dates'

const words = { today: 'Today', yesterday: 'Yesterday', unknown: 'Date unknown' }
const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString()

describe('dayKey', () => {
  it('uses the local calendar day', () => {
    expect(dayKey(local(2024, 3, 9, 23))).toBe('2024-03-09')
    expect(dayKey(local(2024, 12, 31, 0))).toBe('2024-12-31')
  })
  it('is empty for missing or invalid times', () => {
    expect(dayKey(undefined)).toBe('')
    expect(dayKey('not a date')).toBe('')
  })
})

describe('groupByDay', () => {
  it('groups consecutive items of the same day', () => {
    const times = [local(2024, 3, 9, 20), local(2024, 3, 9, 8), local(2024, 3, 8), undefined, local(2023, 1, 1)]
    expect(groupByDay(times, (t) => t)).toEqual([
      { key: '2024-03-09', start: 0, end: 2 },
      { key: '2024-03-08', start: 2, end: 3 },
      { key: '', start: 3, end: 4 },
      { key: '2023-01-01', start: 4, end: 5 },
    ])
  })
  it('returns nothing for no items', () => {
    expect(groupByDay([], () => undefined)).toEqual([])
  })
})

describe('day labels', () => {
  const now = new Date(2024, 2, 14, 10) // Thursday 14 March 2024
  it('says today and yesterday in words', () => {
    expect(formatDayLabel('2024-03-14', 'en', words, now)).toBe('Today')
    expect(formatDayLabel('2024-03-13', 'en', words, now)).toBe('Yesterday')
  })
  it('names the weekday within the last week', () => {
    expect(dayLabelKind('2024-03-10', now)).toBe('weekday')
    expect(formatDayLabel('2024-03-10', 'en', words, now)).toBe('Sunday')
  })
  it('leaves the year out only for this year', () => {
    expect(formatDayLabel('2024-01-02', 'en', words, now)).toBe('Tue, Jan 2')
    expect(formatDayLabel('2022-01-02', 'en', words, now)).toBe('Sun, Jan 2, 2022')
  })
  it('formats in the given language', () => {
    expect(formatDayLabel('2022-01-02', 'zh-CN', words, now)).toContain('2022')
    expect(formatDayLabel('2022-01-02', 'he', words, now)).toMatch(/2022/)
  })
  it('says when the date is unknown', () => {
    expect(formatDayLabel('', 'en', words, now)).toBe('Date unknown')
  })
})

describe('groupIntoSections', () => {
  const day = (key: string, start: number, end: number) => ({ key, start, end })
  it('keeps busy days and merges a month of sparse days into one month', () => {
    const days = [
      day('2024-03-20', 0, 6),
      day('2024-03-18', 6, 9),
      day('2024-02-27', 9, 10),
      day('2024-02-11', 10, 11),
      day('2024-02-02', 11, 13),
      day('2023-12-25', 13, 14),
      day('', 14, 15),
    ]
    expect(groupIntoSections(days)).toEqual([
      day('2024-03-20', 0, 6),
      day('2024-03-18', 6, 9),
      day('2024-02', 9, 13),
      // One lone day keeps its own date; items without a date stay apart.
      day('2023-12-25', 13, 14),
      day('', 14, 15),
    ])
  })
  it('labels month sections by month (with the year when it is not this one)', () => {
    const now = new Date(2024, 5, 1)
    expect(formatDayLabel('2024-02', 'en', words, now)).toBe('February')
    expect(formatDayLabel('2019-02', 'en', words, now)).toBe('February 2019')
    expect(formatDayLabel('2019-02', 'he', words, now)).toMatch(/פברואר/)
    expect(formatDayLabel('2019-02', 'zh-CN', words, now)).toBe('2019年2月')
  })
})

describe('formatItemDateTime', () => {
  it('gives the date and time in the language asked for', () => {
    expect(formatItemDateTime(local(2024, 3, 14, 8), 'en')).toMatch(/^Mar 14, 2024, 8:00\s?AM$/)
    expect(formatItemDateTime(local(2024, 3, 14, 8), 'zh-CN')).toMatch(/^2024年3月14日 08:00$/)
  })
  it('is empty for missing or invalid times (the cell then says the date is unknown)', () => {
    expect(formatItemDateTime(undefined, 'en')).toBe('')
    expect(formatItemDateTime('not a date', 'en')).toBe('')
  })
})

describe('prepareDateLabels', () => {
  it('builds every formatter the headers and cells use, so labelling builds none', () => {
    prepareDateLabels('fr') // a language no other test formats in
    const built = vi.spyOn(Intl, 'DateTimeFormat')
    try {
      const now = new Date(2024, 2, 14, 10)
      const labels = [
        formatDayLabel('2024-03-11', 'fr', words, now), // this week
        formatDayLabel('2024-01-02', 'fr', words, now), // this year
        formatDayLabel('2019-05-06', 'fr', words, now), // another year
        formatDayLabel('2024-02', 'fr', words, now), // a month this year
        formatDayLabel('2019-02', 'fr', words, now), // a month of another year
        formatItemDateTime(local(2024, 3, 9), 'fr'),
        formatDayLong('2024-03-09', 'fr'),
      ]
      expect(labels.every(Boolean)).toBe(true)
      expect(built).not.toHaveBeenCalled()
    } finally {
      built.mockRestore()
    }
  })
})

