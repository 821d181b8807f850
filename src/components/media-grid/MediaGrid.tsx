// The virtualized photo wall shared by the library, albums, shared albums, the add-to-album picker and search:
// justified rows filled edge to edge, optional date headers (days, or months where days are sparse) that flow
// with the photos, only the visible rows in the DOM, a selection model with shift-ranges, and ARIA grid keyboard
// behaviour (roving focus, arrows, Space, Enter, Escape, Ctrl+A).
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import {
  Fragment,
  startTransition,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react'
import { useTranslation } from 'react-i18next'
import { CircleCheck } from 'lucide-react'
import type { MediaItem } from '../../api'
import { dayKey, formatDayLabel, formatDayLong, groupByDay, groupIntoSections } from './dates'
import { isGridNavKey, nextFocusIndex } from './keyboard'
import { aspectOf, computeLayout, targetRowHeightFor, type GridLayout, type HeaderSegment, type ItemsRow, type LayoutRow } from './layout'
import { useLabelWidth } from './label-width'
import { allSelected, type SelectionAction, type SelectionState } from './selection'
import { GridCell } from './GridCell'
import { setThumbnailsPerScreen } from './thumbnail-slots'
import { useElementWidth } from '../ui/use-element-width'
import { whenIdleAfterLoad } from '../../utils/idle'
import { Spinner } from '../ui/StateViews'
import { GridSkeleton } from './GridSkeleton'

export interface GridExtra {
  key: string
  /** Shown before this item (items.length or more: after the last). */
  beforeIndex: number
  height: number
  render: () => ReactNode
}

export interface MediaGridHandle {
  /** Scrolls to the item (unless it is on screen) and moves keyboard focus to it. */
  focusItem(id: string): void
  /**
   * Makes the item the grid's tab stop and scrolls it into view without taking focus: the viewer calls this as
   * it steps, so the cell to return to is already rendered when it closes.
   */
  setReturnTarget(id: string): void
}

export interface MediaGridProps {
  items: readonly MediaItem[]
  /** The grid's accessible name. */
  label: string
  /** Date headers: by day, or by month where a month's days are sparse. */
  dateHeaders?: boolean
  extras?: readonly GridExtra[]
  selection?: { state: SelectionState; dispatch: Dispatch<SelectionAction> }
  /** Click and Enter select instead of opening (the add-to-album picker). */
  selectOnly?: boolean
  onOpen?: (item: MediaItem, index: number) => void
  hasMore?: boolean
  loadingMore?: boolean
  onLoadMore?: () => void
  /** Classes of the scroll container: give it a height (flex-1 min-h-0, h-full…). */
  className?: string
  /** Shown under the last row (inside the scroll container). */
  footer?: ReactNode
  handle?: Ref<MediaGridHandle>
}

const GAP = 4
const HEADER_HEIGHT = 40
/** Rows rendered ahead of the screen once the first screen is in, so scrolling meets rendered rows. */
const OVERSCAN_ROWS = 4
/** Room beside a header's text for its "select this day" circle (20 px and a gap). */
const HEADER_CHECK_ROOM = 30

/** The layout before the grid's width is known: nothing placed yet. */
const NOT_LAID_OUT: GridLayout = { rows: [], totalHeight: 0, rowOfItem: [] }

const dayKeys = new WeakMap<MediaItem, string>()
function cachedDayKey(item: MediaItem): string {
  let key = dayKeys.get(item)
  if (key === undefined) dayKeys.set(item, (key = dayKey(item.mediaMetadata?.creationTime)))
  return key
}

export function MediaGrid({
  items,
  label,
  dateHeaders = false,
  extras,
  selection,
  selectOnly = false,
  onOpen,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  className = '',
  footer,
  handle,
}: MediaGridProps) {
  const { t, i18n } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  // The first width comes as a transition: the grid's first layout and cells render in slices, under a skeleton.
  const width = useElementWidth(gridRef, { transition: true })
  const measured = width > 0
  const rtl = i18n.dir() === 'rtl'

  const ids = useMemo(() => items.map((m) => m.id ?? ''), [items])
  const indexOfId = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids])

  const now = useMemo(() => new Date(), [])
  const dayWords = useMemo(() => ({ today: t('media.today'), yesterday: t('media.yesterday'), unknown: t('media.dateUnknown') }), [t])
  const labelWidth = useLabelWidth(scrollRef)

  const sections = useMemo(() => {
    if (!dateHeaders || !measured) return undefined
    const days = groupByDay(items, (m) => m.mediaMetadata?.creationTime).map((g) => ({ ...g, key: cachedDayKey(items[g.start]!) }))
    return groupIntoSections(days).map((g) => {
      const label = formatDayLabel(g.key, i18n.language, dayWords, now)
      return { ...g, label, headerWidth: labelWidth(label) + HEADER_CHECK_ROOM }
    })
  }, [dateHeaders, dayWords, i18n.language, items, labelWidth, measured, now])
  const labelOf = useMemo(() => new Map(sections?.map((s) => [s.key + s.start, s.label])), [sections])

  const aspects = useMemo(() => items.map((m) => aspectOf(m.mediaMetadata?.width, m.mediaMetadata?.height)), [items])
  const extrasByKey = useMemo(() => new Map((extras ?? []).map((e) => [e.key, e])), [extras])

  const layout = useMemo(
    () =>
      !measured
        ? NOT_LAID_OUT
        : computeLayout({
            width,
            aspects,
            sections,
            extras: extras?.map(({ key, beforeIndex, height }) => ({ key, beforeIndex, height })),
            targetRowHeight: targetRowHeightFor(width),
            gap: GAP,
            headerHeight: HEADER_HEIGHT,
            sectionGap: width < 640 ? 8 : 16,
          }),
    [aspects, extras, measured, sections, width],
  )

  // Roving focus: the item that holds tabIndex=0, kept by id so new items arriving above do not move it.
  const [focus, setFocus] = useState<{ id: string; index: number }>({ id: ids[0] ?? '', index: 0 })
  const focusIndex = useMemo(() => {
    const byId = indexOfId.get(focus.id)
    if (byId !== undefined) return byId
    return Math.min(focus.index, Math.max(0, items.length - 1))
  }, [focus, indexOfId, items.length])
  const focusRow = layout.rowOfItem[focusIndex] ?? 0
  const pendingFocus = useRef(false)

  const rangeExtractor = useCallback(
    (range: Range) => {
      // Keep the row holding the roving tab stop mounted, so Tab always finds the grid and focus is never lost.
      const base = defaultRangeExtractor(range)
      if (items.length === 0 || base.includes(focusRow)) return base
      return [...base, focusRow].sort((a, b) => a - b)
    },
    [focusRow, items.length],
  )

  const getItemKey = useCallback((i: number) => layout.rows[i]?.key ?? i, [layout])
  const estimateSize = useCallback(
    (i: number) => {
      const row = layout.rows[i]!
      const next = layout.rows[i + 1]
      return next ? next.top - row.top : row.height
    },
    [layout],
  )

  // The first render has one row ahead of the screen, not four: fewer cells before the first paint. The rest come
  // when the page is idle (as a transition, in slices) or at the first scroll, whichever is first.
  const [overscan, setOverscan] = useState(1)
  useEffect(() => {
    if (overscan === OVERSCAN_ROWS) return
    const element = scrollRef.current
    const grow = () => setOverscan(OVERSCAN_ROWS)
    element?.addEventListener('scroll', grow, { once: true, passive: true })
    const cancelIdle = whenIdleAfterLoad(() => startTransition(grow))
    return () => {
      element?.removeEventListener('scroll', grow)
      cancelIdle()
    }
  }, [overscan])

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React cannot memoize; this component re-renders on every scroll by design
  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan,
  })

  useLayoutEffect(() => {
    virtualizer.measure()
  }, [layout, virtualizer])

  const virtualRows = virtualizer.getVirtualItems()
  const lastVisible = virtualRows.length ? virtualRows[virtualRows.length - 1]!.index : -1

  // Fetch the next page while two screens of rows are still left below, so a fling does not reach the end first.
  const scrollOffset = virtualizer.scrollOffset ?? 0
  const viewportHeight = scrollRef.current?.clientHeight ?? 0
  useEffect(() => {
    if (!measured || !hasMore || loadingMore || !onLoadMore) return
    const leftBelow = layout.totalHeight - (scrollOffset + viewportHeight)
    if (layout.rows.length === 0 || leftBelow < 2 * viewportHeight || lastVisible >= layout.rows.length - 6) onLoadMore()
  }, [hasMore, lastVisible, layout.rows.length, layout.totalHeight, loadingMore, measured, onLoadMore, scrollOffset, viewportHeight])

  // One screen of cells: as many thumbnails may load at once.
  const cellsPerScreen = useMemo(() => {
    const sample: ItemsRow[] = []
    for (const row of layout.rows) {
      if (row.kind === 'items') sample.push(row)
      if (sample.length === 20) break
    }
    if (!sample.length || !viewportHeight) return 0
    const perRow = sample.reduce((n, r) => n + r.cells.length, 0) / sample.length
    const rowHeight = sample.reduce((h, r) => h + r.height, 0) / sample.length
    return Math.ceil((viewportHeight / rowHeight + 1) * perRow)
  }, [layout.rows, viewportHeight])
  useEffect(() => {
    if (cellsPerScreen) setThumbnailsPerScreen(cellsPerScreen)
  }, [cellsPerScreen])

  const rowOnScreen = useCallback(
    (row: number) => {
      const el = scrollRef.current
      const r = layout.rows[row]!
      return !!el && r.top + r.height > el.scrollTop && r.top < el.scrollTop + el.clientHeight
    },
    [layout.rows],
  )

  const focusCell = useCallback(
    (index: number, onlyIfHidden = false) => {
      const row = layout.rowOfItem[index]
      if (row === undefined) return
      // Returning from the viewer: leave the scroll position alone while the item is at least partly on screen.
      if (!(onlyIfHidden && rowOnScreen(row))) virtualizer.scrollToIndex(row, { align: 'auto' })
      pendingFocus.current = true
      setFocus({ id: ids[index] ?? '', index })
    },
    [ids, layout.rowOfItem, rowOnScreen, virtualizer],
  )

  useLayoutEffect(() => {
    if (!pendingFocus.current) return
    pendingFocus.current = false
    gridRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`)?.focus({ preventScroll: true })
  })

  useImperativeHandle(
    handle,
    () => ({
      focusItem(id) {
        const index = indexOfId.get(id)
        if (index !== undefined) focusCell(index, true)
      },
      setReturnTarget(id) {
        const index = indexOfId.get(id)
        const row = index === undefined ? undefined : layout.rowOfItem[index]
        if (index === undefined || row === undefined) return
        setFocus({ id, index })
        if (!rowOnScreen(row)) virtualizer.scrollToIndex(row, { align: 'auto' })
      },
    }),
    [focusCell, indexOfId, layout.rowOfItem, rowOnScreen, virtualizer],
  )

  const selectionState = selection?.state
  const dispatch = selection?.dispatch
  const selecting = !!selectionState && (selectOnly || selectionState.ids.size > 0)

  const activate = useCallback(
    (index: number, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }, via: 'click' | 'check') => {
      const id = ids[index]
      if (!id) return
      setFocus({ id, index })
      if (dispatch && event.shiftKey && selectionState?.anchor) {
        dispatch({ type: 'range', id, order: ids })
        return
      }
      if (dispatch && (via === 'check' || selecting || event.shiftKey || event.ctrlKey || event.metaKey)) {
        dispatch({ type: 'toggle', id })
        return
      }
      onOpen?.(items[index]!, index)
    },
    [dispatch, ids, items, onOpen, selecting, selectionState?.anchor],
  )

  const onCellClick = useCallback(
    (index: number, event: MouseEvent) => activate(index, event, 'click'),
    [activate],
  )
  const onCheckClick = useCallback(
    (index: number, event: MouseEvent) => {
      event.stopPropagation()
      activate(index, event, 'check')
    },
    [activate],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'gridcell' || items.length === 0) return
    const ctrl = event.ctrlKey || event.metaKey
    if (isGridNavKey(event.key)) {
      event.preventDefault()
      const next = nextFocusIndex(layout, focusIndex, event.key, {
        rtl,
        ctrl,
        pageHeight: scrollRef.current?.clientHeight,
      })
      if (event.shiftKey && dispatch && next !== focusIndex) {
        if (!selectionState?.anchor || !selectionState.ids.has(selectionState.anchor)) dispatch({ type: 'toggle', id: ids[focusIndex]! })
        dispatch({ type: 'range', id: ids[next]!, order: ids })
      }
      focusCell(next)
      return
    }
    if (event.key === ' ' && dispatch) {
      event.preventDefault()
      const id = ids[focusIndex]!
      dispatch(event.shiftKey && selectionState?.anchor ? { type: 'range', id, order: ids } : { type: 'toggle', id })
      return
    }
    if (event.key === 'Enter') {
      event.preventDefault()
      if (selectOnly && dispatch) dispatch({ type: 'toggle', id: ids[focusIndex]! })
      else onOpen?.(items[focusIndex]!, focusIndex)
      return
    }
    if (event.key === 'Escape' && dispatch && selectionState && selectionState.ids.size > 0) {
      event.preventDefault()
      event.stopPropagation()
      dispatch({ type: 'clear' })
      return
    }
    if (ctrl && event.key.toLowerCase() === 'a' && dispatch) {
      event.preventDefault()
      dispatch({ type: 'selectAll', order: ids })
    }
  }

  const renderHeader = (segment: HeaderSegment, height: number) => {
    const label = labelOf.get(segment.key + segment.start) ?? ''
    const groupIds = ids.slice(segment.start, segment.end)
    const groupSelected = !!selectionState && allSelected(selectionState, groupIds)
    const long = formatDayLong(segment.key, i18n.language) || label
    return (
      <div
        key={`h:${segment.key}:${segment.start}`}
        role="rowheader"
        className="group/header absolute top-0 flex items-end gap-1.5 pb-2"
        style={{ insetInlineStart: segment.x, width: segment.width, height }}
      >
        {dispatch ? (
          <button
            type="button"
            tabIndex={-1}
            aria-pressed={groupSelected}
            aria-label={t('media.selectDay', { date: long })}
            onClick={() => dispatch({ type: 'set', ids: groupIds, selected: !groupSelected })}
            // On phones the padding (cancelled by the margin) makes a 44 px target around the 20 px circle.
            className={`-ms-0.5 shrink-0 rounded-full transition-opacity max-sm:-m-3 max-sm:p-3 ${
              groupSelected
                ? 'text-brand-600 opacity-100 dark:text-brand-100'
                : `text-slate-500 group-hover/header:opacity-100 focus-visible:opacity-100 dark:text-slate-400 ${selecting ? 'opacity-100' : 'opacity-0'}`
            }`}
          >
            <CircleCheck className="size-5" aria-hidden />
          </button>
        ) : null}
        {/* Never truncated: the layout gives every header the width its text needs. */}
        <span
          data-date-header
          className={`min-w-0 overflow-hidden whitespace-nowrap text-sm font-medium text-slate-800 transition-transform dark:text-slate-200 ${
            dispatch && !selecting && !groupSelected ? '-translate-x-6 group-hover/header:translate-x-0 rtl:translate-x-6 rtl:group-hover/header:translate-x-0' : ''
          }`}
        >
          {label}
        </span>
      </div>
    )
  }

  const renderRow = (row: LayoutRow, rowIndex: number) => {
    const style = { top: row.top, height: row.height }
    if (row.kind === 'extra') {
      const extra = extrasByKey.get(row.extraKey)
      return (
        <div key={row.key} role="row" aria-rowindex={rowIndex + 1} className="absolute inset-x-0" style={style}>
          <div role="gridcell" className="h-full">
            {extra?.render()}
          </div>
        </div>
      )
    }
    // Reading order: each section's header comes right before its first photo, as the eye meets them.
    const headerAt = new Map(row.headers.map((h) => [h.start, h]))
    // A row rendered ahead of the screen (overscan) loads its thumbnails after the screen's own.
    const offScreen = viewportHeight > 0 && (row.top + row.height <= scrollOffset || row.top >= scrollOffset + viewportHeight)
    return (
      <div key={row.key} role="row" aria-rowindex={rowIndex + 1} className="absolute inset-x-0" style={style}>
        {row.cells.map((cell) => {
          const item = items[cell.index]!
          const id = ids[cell.index]!
          const header = headerAt.get(cell.index)
          return (
            <Fragment key={id || cell.index}>
              {header ? renderHeader(header, row.headerHeight) : null}
              <GridCell
                item={item}
                index={cell.index}
                x={cell.x}
                y={row.headerHeight}
                width={cell.width}
                height={row.itemHeight}
                focusable={cell.index === focusIndex}
                selectable={!!dispatch}
                selected={selectionState?.ids.has(id) ?? false}
                selecting={selecting}
                scrolling={virtualizer.isScrolling}
                offScreen={offScreen}
                onClick={onCellClick}
                onCheckClick={onCheckClick}
                onFocus={setFocus}
              />
            </Fragment>
          )
        })}
      </div>
    )
  }

  return (
    <div ref={scrollRef} className={`overflow-y-auto overscroll-contain px-1 sm:px-4 ${className}`} data-testid="media-grid-scroller">
      {measured ? null : <GridSkeleton headers={dateHeaders} inset={false} />}
      <div
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-rowcount={hasMore ? -1 : layout.rows.length}
        aria-multiselectable={dispatch ? true : undefined}
        onKeyDown={onKeyDown}
        className="relative w-full"
        style={{ height: layout.totalHeight }}
      >
        {virtualRows.map((v) => renderRow(layout.rows[v.index]!, v.index))}
      </div>
      {loadingMore ? (
        <div role="status" className="flex items-center justify-center gap-2 py-6 text-sm text-slate-600 dark:text-slate-400">
          <Spinner className="size-4" />
          {t('media.loadingMore')}
        </div>
      ) : null}
      {footer}
      <div className="h-4" aria-hidden />
    </div>
  )
}
