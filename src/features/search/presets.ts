// Quick date presets, computed from "today" (passed in, so they are testable).
import { CalendarDate } from '@internationalized/date'
import { dateOfKind, type DateSpec, type RangeSpec, type SearchFilters } from './model'

export type PresetId = 'thisYear' | 'lastYear' | 'thisMonth' | 'thisMonthPastYears' | 'onThisDay' | 'last30Days'

export const PRESETS: readonly PresetId[] = ['thisYear', 'lastYear', 'thisMonth', 'last30Days', 'thisMonthPastYears', 'onThisDay']

export interface Today {
  year: number
  month: number
  day: number
}

const fromCalendar = (d: CalendarDate): DateSpec => dateOfKind('day', d.year, d.month, d.day)

export function presetDates(id: PresetId, today: Today): { dates: DateSpec[]; ranges: RangeSpec[] } {
  const { year, month, day } = today
  switch (id) {
    case 'thisYear':
      return { dates: [dateOfKind('year', year, month, day)], ranges: [] }
    case 'lastYear':
      return { dates: [dateOfKind('year', year - 1, month, day)], ranges: [] }
    case 'thisMonth':
      return { dates: [dateOfKind('month', year, month, day)], ranges: [] }
    case 'thisMonthPastYears':
      return { dates: [dateOfKind('monthAnyYear', year, month, day)], ranges: [] }
    case 'onThisDay':
      return { dates: [dateOfKind('dayAnyYear', year, month, day)], ranges: [] }
    case 'last30Days': {
      const end = new CalendarDate(year, month, day)
      return { dates: [], ranges: [{ start: fromCalendar(end.subtract({ days: 29 })), end: fromCalendar(end) }] }
    }
  }
}

/** A preset replaces the date filter and keeps everything else. */
export function applyPreset(f: SearchFilters, id: PresetId, today: Today): SearchFilters {
  return { ...f, ...presetDates(id, today) }
}

/** Whether the filters' dates are exactly this preset's (so the preset button shows as pressed). */
export function isPresetActive(f: SearchFilters, id: PresetId, today: Today): boolean {
  const p = presetDates(id, today)
  return JSON.stringify({ d: f.dates, r: f.ranges }) === JSON.stringify({ d: p.dates, r: p.ranges })
}
