// The date part of the form: quick presets, up to 5 single dates and 5 ranges, each of any API date shape.
import { Plus, X } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Menu, MenuItem, MenuTrigger, Popover, ToggleButton } from 'react-aria-components'
import { DATE_KINDS, KIND_PARTS, LIMITS, apiDateCounts, daysInMonth, normalizeOrder, sentAsRange, type DateKind, type DateSpec, type RangeSpec, type SearchFilters } from '../model'
import { isPresetActive, applyPreset, PRESETS, type Today } from '../presets'
import { issueMessage } from '../labels'
import { issuesAt, type FilterIssue, type IssueField } from '../validate'
import { DayPicker, DayRangePicker, FieldIssues, MonthSelect, NumberInput } from './Fields'
import type { FilterChange } from './FilterForm'

interface Props {
  filters: SearchFilters
  issues: FilterIssue[]
  onChange: FilterChange
  today: Today
  isDisabled?: boolean
}

/** Whether a date has every part its kind needs (only then is it searched for). */
const isComplete = (d: DateSpec): boolean => {
  const parts = KIND_PARTS[d.kind]
  return (!parts.year || d.year !== undefined) && (!parts.month || d.month !== undefined) && (!parts.day || d.day !== undefined)
}
const emptyOfKind = (kind: DateKind): DateSpec => ({ kind })

/**
 * An entry just added from the menu: it starts empty and joins the filters (and the URL) once complete, so nothing
 * is searched for before the user has picked. `at` is its index; it shows while the filters have not caught up.
 */
interface Pending<T> {
  value: T
  at: number
  committed: boolean
}

function usePending<T>(count: number, commit: (v: T) => void, update: (index: number, v: T) => void, complete: (v: T) => boolean) {
  const [pending, setPending] = useState<Pending<T> | null>(null)
  const shown = pending && pending.at === count ? pending : null
  const change = (v: T) => {
    if (!pending) return
    if (pending.committed) update(pending.at, v)
    else if (complete(v)) commit(v)
    setPending({ ...pending, value: v, committed: pending.committed || complete(v) })
  }
  return {
    shown,
    start: (v: T) => setPending({ value: v, at: count, committed: false }),
    change,
    cancel: () => setPending(null),
    /** Another entry was removed: the pending one moves up. */
    shift: () => setPending((p) => (p ? { ...p, at: p.at - 1 } : p)),
  }
}

const chipClass =
  'inline-flex min-h-9 items-center rounded-full border border-slate-300 px-3 text-sm outline-none transition-colors ' +
  'data-[hovered]:bg-slate-100 dark:border-slate-600 dark:data-[hovered]:bg-slate-800 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 ' +
  'data-[selected]:border-brand-600 data-[selected]:bg-brand-600 data-[selected]:text-white data-[disabled]:opacity-50'

export function DateFilters({ filters, issues, onChange, today, isDisabled }: Props) {
  const { t, i18n } = useTranslation('search')
  const msgs = (field: IssueField) => issuesAt(issues, field).map((i) => issueMessage(i, i18n.language, t))
  // Entries whose picker was cleared: said next to the field, but never written to the URL.
  const [incomplete, setIncomplete] = useState<ReadonlySet<string>>(new Set())
  const markIncomplete = (key: string, on: boolean) =>
    setIncomplete((prev) => {
      if (prev.has(key) === on) return prev
      const next = new Set(prev)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })

  const setDate = (index: number, d: DateSpec) => {
    markIncomplete(`d${index}`, false)
    onChange((f) => ({ ...f, dates: f.dates.map((x, i) => (i === index ? d : x)) }), { coalesce: `dates.${index}` })
  }
  const setRange = (index: number, update: (r: RangeSpec) => RangeSpec) => {
    markIncomplete(`r${index}`, false)
    onChange((f) => ({ ...f, ranges: f.ranges.map((x, i) => (i === index ? update(x) : x)) }), { coalesce: `ranges.${index}` })
  }
  const pendingDate = usePending<DateSpec>(
    filters.dates.length,
    (d) => onChange((f) => ({ ...f, dates: [...f.dates, d] })),
    setDate,
    isComplete,
  )
  const pendingRange = usePending<RangeSpec>(
    filters.ranges.length,
    (r) => onChange((f) => ({ ...f, ranges: [...f.ranges, r] })),
    (i, r) => setRange(i, () => r),
    (r) => isComplete(r.start) && isComplete(r.end),
  )
  const removeDate = (index: number) => {
    setIncomplete(new Set())
    if (index >= filters.dates.length) return pendingDate.cancel()
    pendingDate.shift()
    onChange((f) => normalizeOrder({ ...f, dates: f.dates.filter((_, i) => i !== index) }))
  }
  const removeRange = (index: number) => {
    setIncomplete(new Set())
    if (index >= filters.ranges.length) return pendingRange.cancel()
    pendingRange.shift()
    onChange((f) => normalizeOrder({ ...f, ranges: f.ranges.filter((_, i) => i !== index) }))
  }
  // The pending entry is rendered in the same list (same key) as the entry it becomes, so typing goes on undisturbed.
  const shownDates = pendingDate.shown ? [...filters.dates, pendingDate.shown.value] : filters.dates
  const shownRanges = pendingRange.shown ? [...filters.ranges, pendingRange.shown.value] : filters.ranges
  const changeDate = (i: number, d: DateSpec) => (i < filters.dates.length ? setDate(i, d) : pendingDate.change(d))
  const changeRange = (i: number, update: (r: RangeSpec) => RangeSpec) =>
    i < filters.ranges.length ? setRange(i, update) : pendingRange.shown && pendingRange.change(update(pendingRange.shown.value))

  const datesIssuesId = useId()
  const rangesIssuesId = useId()
  const counts = apiDateCounts(filters)
  const datesFull = counts.dates >= LIMITS.dates
  const rangesFull = counts.ranges >= LIMITS.ranges
  const datesMsgs = msgs('dates')
  const rangesMsgs = msgs('ranges')

  return (
    <div className="space-y-4">
      <div role="group" aria-label={t('dates.presets')}>
        <p aria-hidden className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('dates.presets')}
        </p>
        <div className="flex flex-wrap gap-2">
          {PRESETS.map((id) => {
            const active = isPresetActive(filters, id, today)
            return (
              <ToggleButton
                key={id}
                isSelected={active}
                isDisabled={isDisabled}
                onChange={() => onChange((f) => (active ? normalizeOrder({ ...f, dates: [], ranges: [] }) : applyPreset(f, id, today)))}
                className={chipClass}
              >
                {t(`dates.preset.${id}`)}
              </ToggleButton>
            )
          })}
        </div>
      </div>

      <section aria-labelledby={`${datesIssuesId}-h`} className="space-y-3">
        <ListHeader id={`${datesIssuesId}-h`} title={t('dates.singles')} count={counts.dates} max={LIMITS.dates} />
        {shownDates.map((d, i) => (
          <EntryRow
            key={i}
            label={t('dates.dateN', { n: i + 1 })}
            kindLabel={sentAsRange(d) ? `${t(`dates.kind.${d.kind}`)} · ${t('dates.countsAsRange')}` : t(`dates.kind.${d.kind}`)}
            removeLabel={t('dates.removeDate', { n: i + 1 })}
            onRemove={() => removeDate(i)}
            isDisabled={isDisabled}
            messages={[...msgs(`dates.${i}`), ...(incomplete.has(`d${i}`) ? [t('dates.incomplete')] : [])]}
          >
            {(describedBy, isInvalid) => (
              <DateEditor
                value={d}
                onChange={(v) => changeDate(i, v)}
                onIncomplete={() => markIncomplete(`d${i}`, true)}
                describedBy={describedBy}
                isInvalid={isInvalid}
                isDisabled={isDisabled}
              />
            )}
          </EntryRow>
        ))}
        <FieldIssues id={datesIssuesId} messages={datesMsgs} />
        <AddMenu
          label={t('dates.addDate')}
          isDisabled={isDisabled || (datesFull && rangesFull)}
          isKindDisabled={(k) => (k === 'monthAnyYear' ? rangesFull : datesFull)}
          kindLabel={(k) => t(`dates.kind.${k}`)}
          onAdd={(k) => pendingDate.start(emptyOfKind(k))}
        />
        {datesFull ? <LimitNote max={LIMITS.dates} /> : null}
      </section>

      <section aria-labelledby={`${rangesIssuesId}-h`} className="space-y-3">
        <ListHeader id={`${rangesIssuesId}-h`} title={t('dates.ranges')} count={counts.ranges} max={LIMITS.ranges} />
        {shownRanges.map((r, i) => {
          const startMsgs = msgs(`ranges.${i}.start`)
          const endMsgs = msgs(`ranges.${i}.end`)
          return (
            <EntryRow
              key={i}
              label={t('dates.rangeN', { n: i + 1 })}
              kindLabel={t(`dates.kindRange.${r.start.kind}`)}
              removeLabel={t('dates.removeRange', { n: i + 1 })}
              onRemove={() => removeRange(i)}
              isDisabled={isDisabled}
              messages={[...msgs(`ranges.${i}`), ...(incomplete.has(`r${i}`) ? [t('dates.incomplete')] : [])]}
            >
              {(describedBy, isInvalid) =>
                r.start.kind === 'day' && r.end.kind === 'day' ? (
                  <DayRangePicker
                    label={t('dates.dates')}
                    start={r.start}
                    end={r.end}
                    onChange={(start, end) => changeRange(i, () => ({ start, end }))}
                    onIncomplete={() => markIncomplete(`r${i}`, true)}
                    describedBy={describedBy}
                    isInvalid={isInvalid || startMsgs.length > 0 || endMsgs.length > 0}
                    isDisabled={isDisabled}
                  />
                ) : (
                  <div className="space-y-2">
                    <RangeEnd
                      label={t('dates.from')}
                      value={r.start}
                      onChange={(start) => changeRange(i, (x) => ({ ...x, start }))}
                      messages={startMsgs}
                      describedBy={describedBy}
                      isInvalid={isInvalid}
                      isDisabled={isDisabled}
                    />
                    <RangeEnd
                      label={t('dates.to')}
                      value={r.end}
                      onChange={(end) => changeRange(i, (x) => ({ ...x, end }))}
                      messages={endMsgs}
                      describedBy={describedBy}
                      isInvalid={isInvalid}
                      isDisabled={isDisabled}
                    />
                  </div>
                )
              }
            </EntryRow>
          )
        })}
        <FieldIssues id={rangesIssuesId} messages={rangesMsgs} />
        <AddMenu
          label={t('dates.addRange')}
          isDisabled={isDisabled || rangesFull}
          kindLabel={(k) => t(`dates.kindRange.${k}`)}
          onAdd={(k) => pendingRange.start({ start: emptyOfKind(k), end: emptyOfKind(k) })}
        />
        {rangesFull ? <LimitNote max={LIMITS.ranges} /> : null}
      </section>
    </div>
  )
}

function ListHeader({ id, title, count, max }: { id: string; title: string; count: number; max: number }) {
  const { t } = useTranslation('search')
  return (
    <div className="flex items-baseline justify-between gap-2">
      <h3 id={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {title}
      </h3>
      <span className={`text-xs tabular-nums ${count > max ? 'font-semibold text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}`}>
        {t('dates.count', { count, max })}
      </span>
    </div>
  )
}

function LimitNote({ max }: { max: number }) {
  const { t } = useTranslation('search')
  return <p className="text-xs text-slate-600 dark:text-slate-400">{t('dates.limitReached', { max })}</p>
}

function EntryRow({ label, kindLabel, removeLabel, onRemove, messages, isDisabled, children }: {
  label: string
  kindLabel: string
  removeLabel: string
  onRemove: () => void
  messages: string[]
  isDisabled?: boolean
  children: (describedBy: string | undefined, isInvalid: boolean) => React.ReactNode
}) {
  const id = useId()
  const issuesId = `${id}-issues`
  return (
    <div
      role="group"
      aria-label={label}
      className={`rounded-lg border p-3 ${messages.length ? 'border-red-300 bg-red-50/50 dark:border-red-900 dark:bg-red-950/20' : 'border-slate-200 dark:border-slate-800'}`}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <span className="font-semibold text-slate-800 dark:text-slate-200">{label}</span> · {kindLabel}
        </p>
        <Button aria-label={removeLabel} onPress={onRemove} isDisabled={isDisabled} className="btn-ghost min-h-8 px-2">
          <X aria-hidden className="size-4" />
        </Button>
      </div>
      {children(messages.length ? issuesId : undefined, messages.length > 0)}
      <FieldIssues id={issuesId} messages={messages} />
    </div>
  )
}

function RangeEnd({ label, value, onChange, messages, describedBy, isInvalid, isDisabled }: {
  label: string
  value: DateSpec
  onChange: (d: DateSpec) => void
  messages: string[]
  describedBy?: string
  isInvalid: boolean
  isDisabled?: boolean
}) {
  const id = useId()
  const ids = [describedBy, messages.length ? id : undefined].filter(Boolean).join(' ') || undefined
  return (
    <div role="group" aria-label={label} className="flex items-start gap-2">
      <span aria-hidden className="mt-7 w-8 shrink-0 text-xs text-slate-600 dark:text-slate-400">
        {label}
      </span>
      <div className="min-w-0 flex-1">
        <DateEditor value={value} onChange={onChange} onIncomplete={() => {}} describedBy={ids} isInvalid={isInvalid || messages.length > 0} isDisabled={isDisabled} />
        <FieldIssues id={id} messages={messages} />
      </div>
    </div>
  )
}

/** One date of any kind: a calendar for full dates, a year box, a month list, a day box. */
function DateEditor({ value, onChange, onIncomplete, describedBy, isInvalid, isDisabled }: {
  value: DateSpec
  onChange: (d: DateSpec) => void
  onIncomplete: () => void
  describedBy?: string
  isInvalid: boolean
  isDisabled?: boolean
}) {
  const { t } = useTranslation('search')
  const common = { describedBy, isInvalid, isDisabled }
  const year = <NumberInput label={t('dates.year')} value={value.year} min={1} max={9999} onChange={(y) => onChange({ ...value, year: y })} {...common} />
  const setMonth = (m: number) => {
    const next = { ...value, month: m }
    // Keep the day valid when the month gets shorter (31 March → April).
    if (next.day !== undefined) next.day = Math.min(next.day, daysInMonth(m, value.kind === 'day' ? value.year : undefined))
    onChange(next)
  }
  const month = <MonthSelect label={t('dates.month')} value={value.month} onChange={setMonth} {...common} />
  switch (value.kind) {
    case 'day':
      return <DayPicker label={t('dates.date')} value={value} onChange={onChange} onIncomplete={onIncomplete} {...common} />
    case 'year':
      return year
    case 'month':
      return (
        <div className="flex flex-wrap gap-2">
          {month}
          {year}
        </div>
      )
    case 'monthAnyYear':
      return month
    case 'dayAnyYear':
      return (
        <div className="flex flex-wrap gap-2">
          {month}
          <NumberInput
            label={t('dates.day')}
            value={value.day}
            min={1}
            max={daysInMonth(value.month ?? 1)}
            onChange={(d) => onChange({ ...value, day: d })}
            className="w-20"
            {...common}
          />
        </div>
      )
  }
}

function AddMenu({ label, isDisabled, isKindDisabled, kindLabel, onAdd }: {
  label: string
  isDisabled?: boolean
  isKindDisabled?: (k: DateKind) => boolean
  kindLabel: (k: DateKind) => string
  onAdd: (k: DateKind) => void
}) {
  return (
    <MenuTrigger>
      <Button isDisabled={isDisabled} className="btn-secondary min-h-9">
        <Plus aria-hidden className="size-4" />
        {label}
      </Button>
      <Popover className="min-w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <Menu
          className="outline-none"
          onAction={(key) => onAdd(key as DateKind)}
          disabledKeys={DATE_KINDS.filter((k) => isKindDisabled?.(k))}
        >
          {DATE_KINDS.map((k) => (
            <MenuItem
              key={k}
              id={k}
              className="cursor-default rounded-md px-3 py-2 text-sm outline-none data-[disabled]:opacity-40 data-[focused]:bg-brand-50 dark:data-[focused]:bg-slate-800"
            >
              {kindLabel(k)}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}
