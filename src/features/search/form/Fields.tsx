// Small accessible inputs for the filter form, built on react-aria-components and styled once here.
import { CalendarDate } from '@internationalized/date'
import { useContext, useState } from 'react'
import { CalendarDays, ChevronDown, ChevronLeft, ChevronRight, TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarStateContext,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateRangePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  RangeCalendar,
  RangeCalendarStateContext,
  Select,
  SelectValue,
} from 'react-aria-components'
import { monthNames } from '../labels'
import { dateOfKind, type DateSpec } from '../model'

export const labelClass = 'mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300'
const boxClass =
  'flex min-h-10 items-center rounded-lg border bg-white px-2 text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100 ' +
  'border-slate-300 dark:border-slate-600 data-[invalid]:border-red-600 dark:data-[invalid]:border-red-400 ' +
  'data-[disabled]:opacity-50 focus-within:border-brand-500'

/** Messages shown right under a field; each is announced when it appears. */
export function FieldIssues({ id, messages }: { id: string; messages: string[] }) {
  if (!messages.length) return null
  return (
    <div id={id} className="mt-1 space-y-1">
      {messages.map((m) => (
        <p key={m} role="alert" className="flex items-start gap-1 text-sm text-red-700 dark:text-red-300">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{m}</span>
        </p>
      ))}
    </div>
  )
}

interface FieldBase {
  label: string
  isDisabled?: boolean
  isInvalid?: boolean
  describedBy?: string
  className?: string
}

export function MonthSelect({ label, value, onChange, isDisabled, isInvalid, describedBy, className }: FieldBase & {
  value: number | undefined
  onChange: (month: number) => void
}) {
  const { i18n } = useTranslation()
  const names = monthNames(i18n.language)
  return (
    <Select
      value={value && value >= 1 && value <= 12 ? value : null}
      onChange={(key) => key !== null && onChange(Number(key))}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      className={className ?? 'min-w-32'}
    >
      <Label className={labelClass}>{label}</Label>
      <Button className={`${boxClass} w-full justify-between gap-2 text-start`}>
        <SelectValue className="truncate data-[placeholder]:text-slate-500">{({ isPlaceholder, defaultChildren }) => (isPlaceholder ? '—' : defaultChildren)}</SelectValue>
        <ChevronDown aria-hidden className="size-4 shrink-0 text-slate-500" />
      </Button>
      <Popover className="max-h-72 min-w-(--trigger-width) overflow-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ListBox className="outline-none">
          {names.map((name, i) => (
            <ListBoxItem
              key={i + 1}
              id={i + 1}
              textValue={name}
              className="cursor-default rounded-md px-3 py-2 text-sm outline-none data-[focused]:bg-brand-50 data-[selected]:font-semibold dark:data-[focused]:bg-slate-800"
            >
              {name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}

export function NumberInput({ label, value, onChange, min, max, isDisabled, isInvalid, describedBy, className }: FieldBase & {
  value: number | undefined
  onChange: (n: number) => void
  min: number
  max: number
}) {
  // No more digits than the largest value has: a fifth digit typed into a year is refused, not clamped to 9999.
  const maxLength = String(max).length
  return (
    <NumberField
      value={value ?? NaN}
      onChange={(n) => Number.isFinite(n) && onChange(n)}
      minValue={min}
      maxValue={max}
      formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      className={className ?? 'w-24'}
    >
      <Label className={labelClass}>{label}</Label>
      <Group className={boxClass}>
        <Input maxLength={maxLength} className="w-full bg-transparent py-2 tabular-nums outline-none" />
      </Group>
    </NumberField>
  )
}

const toCalendarDate = (d: DateSpec): CalendarDate | null => {
  if (d.kind !== 'day' || !d.year || !d.month || !d.day) return null
  try {
    return new CalendarDate(d.year, d.month, d.day)
  } catch {
    return null
  }
}

const fromCalendarDate = (c: { year: number; month: number; day: number }): DateSpec => dateOfKind('day', c.year, c.month, c.day)

function segments() {
  return (segment: Parameters<typeof DateSegment>[0]['segment']) => (
    <DateSegment
      segment={segment}
      className="rounded px-0.5 tabular-nums outline-none focus:bg-brand-600 focus:text-white data-[placeholder]:text-slate-500 data-[type=literal]:px-0"
    />
  )
}

/** Jumps the calendar to another year: photos are often years old, and month arrows would take long. */
function YearJump() {
  const { t } = useTranslation('search')
  const single = useContext(CalendarStateContext)
  const range = useContext(RangeCalendarStateContext)
  const state = single ?? range
  if (!state) return null
  const year = state.focusedDate.year
  const last = Math.max(new Date().getFullYear() + 1, year)
  const first = Math.min(1970, year)
  return (
    <select
      aria-label={t('dates.year')}
      value={year}
      onChange={(e) => state.setFocusedDate(state.focusedDate.set({ year: Number(e.target.value) }))}
      className="rounded-md border border-slate-300 bg-white px-1 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
    >
      {Array.from({ length: last - first + 1 }, (_, i) => last - i).map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  )
}

function CalendarHeader() {
  return (
    <header className="mb-2 flex items-center justify-between gap-2">
      <Button slot="previous" className="btn-ghost min-h-9 px-2">
        <ChevronLeft aria-hidden className="size-4 rtl:-scale-x-100" />
      </Button>
      <Heading className="text-sm font-semibold" />
      <YearJump />
      <Button slot="next" className="btn-ghost min-h-9 px-2">
        <ChevronRight aria-hidden className="size-4 rtl:-scale-x-100" />
      </Button>
    </header>
  )
}

const cellClass =
  'flex size-9 cursor-default items-center justify-center rounded-full text-sm outline-none data-[outside-month]:hidden ' +
  'data-[hovered]:bg-slate-100 dark:data-[hovered]:bg-slate-800 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 ' +
  'data-[selected]:bg-brand-600 data-[selected]:text-white data-[disabled]:opacity-40'

const popoverClass = 'rounded-xl border border-slate-200 bg-white p-3 shadow-xl dark:border-slate-700 dark:bg-slate-900'

function PickerButton() {
  return (
    <Button className="ms-auto rounded-md p-1.5 text-slate-600 outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 dark:text-slate-300">
      <CalendarDays aria-hidden className="size-4" />
    </Button>
  )
}

/**
 * What the user is typing, kept while their own changes travel through the URL and back as props (which lag a
 * little); a change from elsewhere (Back, a removed chip) replaces it.
 */
function useDraft<T>(model: T, keyOf: (v: T) => string): [T, (v: T) => void] {
  const modelKey = keyOf(model)
  const [state, setState] = useState({ draft: model, modelKey, own: [] as string[] })
  if (state.modelKey !== modelKey) setState(state.own.includes(modelKey) ? { ...state, modelKey } : { draft: model, modelKey, own: [] })
  return [state.draft, (v: T) => setState((s) => ({ ...s, draft: v, own: [...s.own.slice(-20), keyOf(v)] }))]
}

const dayKey = (v: CalendarDate | null) => v?.toString() ?? ''
const rangeKey = (v: { start: CalendarDate; end: CalendarDate } | null) => (v ? `${v.start.toString()}..${v.end.toString()}` : '')

/** A full date, typed segment by segment or picked from a calendar; `onIncomplete` when it is cleared. */
export function DayPicker({ label, value, onChange, onIncomplete, isDisabled, isInvalid, describedBy }: FieldBase & {
  value: DateSpec
  onChange: (d: DateSpec) => void
  onIncomplete: () => void
}) {
  const [draft, setDraft] = useDraft(toCalendarDate(value), dayKey)
  return (
    <DatePicker
      value={draft}
      onChange={(v) => {
        setDraft(v)
        if (v) onChange(fromCalendarDate(v))
        else onIncomplete()
      }}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      granularity="day"
      className="min-w-0"
    >
      <Label className={labelClass}>{label}</Label>
      <Group className={`${boxClass} gap-1`}>
        <DateInput className="flex flex-1 py-2">{segments()}</DateInput>
        <PickerButton />
      </Group>
      <Popover className={popoverClass}>
        <Dialog className="outline-none">
          <Calendar>
            <CalendarHeader />
            <CalendarGrid>{(date) => <CalendarCell date={date} className={cellClass} />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  )
}

export function DayRangePicker({ label, start, end, onChange, onIncomplete, isDisabled, isInvalid, describedBy }: FieldBase & {
  start: DateSpec
  end: DateSpec
  onChange: (start: DateSpec, end: DateSpec) => void
  onIncomplete: () => void
}) {
  const s = toCalendarDate(start)
  const e = toCalendarDate(end)
  const [draft, setDraft] = useDraft(s && e ? { start: s, end: e } : null, rangeKey)
  return (
    <DateRangePicker
      value={draft}
      onChange={(v) => {
        setDraft(v)
        if (v) onChange(fromCalendarDate(v.start), fromCalendarDate(v.end))
        else onIncomplete()
      }}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      className="min-w-0"
    >
      <Label className={labelClass}>{label}</Label>
      <Group className={`${boxClass} flex-wrap gap-1`}>
        <DateInput slot="start" className="flex py-2">
          {segments()}
        </DateInput>
        <span aria-hidden className="px-1">
          –
        </span>
        <DateInput slot="end" className="flex py-2">
          {segments()}
        </DateInput>
        <PickerButton />
      </Group>
      <Popover className={popoverClass}>
        <Dialog className="outline-none">
          <RangeCalendar>
            <CalendarHeader />
            <CalendarGrid>
              {(date) => (
                <CalendarCell
                  date={date}
                  className={`${cellClass} data-[selected]:rounded-none data-[selection-start]:rounded-s-full data-[selection-end]:rounded-e-full`}
                />
              )}
            </CalendarGrid>
          </RangeCalendar>
        </Dialog>
      </Popover>
    </DateRangePicker>
  )
}
