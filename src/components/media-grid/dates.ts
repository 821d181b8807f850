// Date sections for the grid's headers: items are grouped by the calendar day of their creationTime in the
// user's own time zone, or by month where the days of a month are sparse (Google Photos' coarser zoom level),
// and each section gets a header label in the user's language.

export interface DayGroup {
  /** `YYYY-MM-DD` in local time, or '' when the item has no usable creationTime. */
  key: string
  /** Index of the group's first item. */
  start: number
  /** One past the group's last item. */
  end: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `YYYY-MM-DD` of an ISO timestamp in the local time zone ('' when missing or invalid). */
export function dayKey(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Splits an already-sorted list into runs of consecutive items taken on the same day. */
export function groupByDay<T>(items: readonly T[], creationTime: (item: T) => string | undefined): DayGroup[] {
  const groups: DayGroup[] = []
  let current: DayGroup | undefined
  items.forEach((item, index) => {
    const key = dayKey(creationTime(item))
    if (!current || current.key !== key) {
      current = { key, start: index, end: index + 1 }
      groups.push(current)
    } else {
      current.end = index + 1
    }
  })
  return groups
}

/** A month whose days hold fewer items than this on average is shown as one month section. */
const SPARSE_ITEMS_PER_DAY = 2

/** `YYYY-MM` of a day key ('' stays ''). */
const monthOf = (dayKeyValue: string) => dayKeyValue.slice(0, 7)

const isMonthKey = (key: string) => key.length === 7

/**
 * Day groups, with each month whose days are sparse (several days, under SPARSE_ITEMS_PER_DAY items a day on
 * average) merged into one month group keyed `YYYY-MM`. Items without a date stay their own group.
 */
export function groupIntoSections(days: readonly DayGroup[]): DayGroup[] {
  const sections: DayGroup[] = []
  for (let d = 0; d < days.length; ) {
    const month = monthOf(days[d]!.key)
    let e = d + 1
    while (month && e < days.length && monthOf(days[e]!.key) === month) e++
    const dayCount = e - d
    const items = days[e - 1]!.end - days[d]!.start
    if (month && dayCount > 1 && items / dayCount < SPARSE_ITEMS_PER_DAY) sections.push({ key: month, start: days[d]!.start, end: days[e - 1]!.end })
    else sections.push(...days.slice(d, e))
    d = e
  }
  return sections
}

/** Intl formatters are costly to build and a long library labels thousands of sections: one per language and shape. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(language, options)))
  return f
}

/** The shapes the headers and cells format dates in. */
const SHAPES = {
  weekday: { weekday: 'long' },
  thisYear: { weekday: 'short', day: 'numeric', month: 'short' },
  otherYear: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long' },
  monthOfYear: { month: 'long', year: 'numeric' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  fullDay: { dateStyle: 'full' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

/**
 * Builds the grid's date formatters ahead of its first layout. The first date formatter a page builds sets up the
 * language's calendar data: one step of tens of milliseconds on a phone, which the grid's first layout would
 * otherwise take while the user waits for the photos.
 */
export function prepareDateLabels(language: string): void {
  for (const options of Object.values(SHAPES)) formatter(language, options)
}

function keyToDate(key: string): Date {
  const [y, m, d] = key.split('-').map(Number)
  return new Date(y!, m! - 1, d!)
}

export type DayLabelKind = 'today' | 'yesterday' | 'weekday' | 'thisYear' | 'otherYear' | 'unknown'

/** Which wording a day header uses, relative to `now`. */
export function dayLabelKind(key: string, now: Date = new Date()): DayLabelKind {
  if (!key) return 'unknown'
  const day = keyToDate(key)
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate())
  const diffDays = Math.round((today.getTime() - day.getTime()) / 86_400_000)
  if (diffDays === 0) return 'today'
  if (diffDays === 1) return 'yesterday'
  if (diffDays > 1 && diffDays < 7) return 'weekday'
  return day.getFullYear() === now.getFullYear() ? 'thisYear' : 'otherYear'
}

/**
 * The header text for a day key. `words` supplies the catalogue's "Today", "Yesterday" and "Date unknown";
 * everything else comes from Intl in the user's language.
 */
export function formatDayLabel(
  key: string,
  language: string,
  words: { today: string; yesterday: string; unknown: string },
  now: Date = new Date(),
): string {
  if (isMonthKey(key)) return formatMonth(key, language, now)
  const kind = dayLabelKind(key, now)
  if (kind === 'unknown') return words.unknown
  if (kind === 'today') return words.today
  if (kind === 'yesterday') return words.yesterday
  const day = keyToDate(key)
  return formatter(language, SHAPES[kind]).format(day)
}

/** "March" in the current year, else "March 2019". */
function formatMonth(key: string, language: string, now: Date): string {
  const [y, m] = key.split('-').map(Number)
  const options = y === now.getFullYear() ? SHAPES.month : SHAPES.monthOfYear
  return formatter(language, options).format(new Date(y!, m! - 1, 1))
}

/** A cell's date and time ("Mar 14, 2024, 8:20 AM") for its accessible name; '' when missing or invalid. */
export function formatItemDateTime(iso: string | undefined, language: string): string {
  const date = iso ? new Date(iso) : undefined
  if (!date || Number.isNaN(date.getTime())) return ''
  return formatter(language, SHAPES.dateTime).format(date)
}

/** A full date for a day key, for accessible names ("Saturday, 14 March 2024"); a month for a month key. */
export function formatDayLong(key: string, language: string): string {
  if (!key) return ''
  if (isMonthKey(key)) return formatMonth(key, language, new Date(0))
  return formatter(language, SHAPES.fullDay).format(keyToDate(key))
}
