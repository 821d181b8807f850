// Lists the server can make long (albums, shared albums, album pickers), windowed so only the rows near the
// viewport are in the DOM. They stay lists for assistive tech: role="list" with listitems that carry their
// position (aria-posinset) and the list's size (aria-setsize, -1 while more pages may follow). The row holding
// focus stays mounted, so Tab never loses its place; the browser scrolls the focused card into view and the
// rows ahead of it mount before the next Tab.
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { columnsFor } from './virtual-columns'
import { useElementWidth } from './use-element-width'
import { defaultRangeExtractor, useVirtualizer, useWindowVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual'

interface ListProps<T> {
  items: readonly T[]
  getKey: (item: T) => string
  renderItem: (item: T, index: number) => ReactNode
  /** The list's accessible name. */
  label: string
  /** More pages may follow: the set size is unknown, and reaching the last rows asks for the next page. */
  hasMore?: boolean
  loadingMore?: boolean
  onLoadMore?: () => void
  /** A first guess at a row's height; rows are measured once rendered. */
  estimateRowHeight: number
  /** Space between rows, px. */
  rowGap?: number
}

function useRows(count: number, columns: number) {
  return Math.ceil(count / Math.max(1, columns))
}

/** Keeps the row holding focus rendered, and remembers which item that is. */
function useFocusKeeper(columns: number) {
  const [focused, setFocused] = useState<number | null>(null)
  const focusRow = focused === null ? null : Math.floor(focused / columns)
  const rangeExtractor = useCallback(
    (range: Range) => {
      const base = defaultRangeExtractor(range)
      if (focusRow === null || base.includes(focusRow) || focusRow >= range.count) return base
      return [...base, focusRow].sort((a, b) => a - b)
    },
    [focusRow],
  )
  return { setFocused, rangeExtractor }
}

function Rows<T>({
  virtualizer,
  props,
  columns,
  columnGap,
  offset,
  setFocused,
}: {
  virtualizer: Virtualizer<Window, Element> | Virtualizer<HTMLDivElement, Element>
  props: ListProps<T>
  columns: number
  columnGap: number
  /** The virtualizer's scroll margin: row starts are measured from the document, the list sits below it. */
  offset: number
  setFocused: (index: number | null) => void
}) {
  const { items, getKey, renderItem, label, hasMore, loadingMore, onLoadMore } = props
  const virtualRows = virtualizer.getVirtualItems()
  const rowCount = useRows(items.length, columns)
  const lastRendered = virtualRows.length ? virtualRows[virtualRows.length - 1]!.index : -1

  // Ask for the next page while a few rows are still left below what is rendered.
  useLayoutEffect(() => {
    if (hasMore && !loadingMore && onLoadMore && (rowCount === 0 || lastRendered >= rowCount - 3)) onLoadMore()
  }, [hasMore, lastRendered, loadingMore, onLoadMore, rowCount])

  const setSize = hasMore ? -1 : items.length
  return (
    <div
      role="list"
      aria-label={label}
      className="relative w-full"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(e) => {
        const index = (e.target as HTMLElement).closest<HTMLElement>('[data-item-index]')?.dataset.itemIndex
        if (index !== undefined) setFocused(Number(index))
      }}
    >
      {virtualRows.map((row) => {
        const first = row.index * columns
        const rowItems = items.slice(first, first + columns)
        return (
          <div
            key={row.key}
            role="none"
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="absolute inset-x-0 top-0 grid"
            style={{ transform: `translateY(${row.start - offset}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, columnGap }}
          >
            {rowItems.map((item, i) => (
              <div key={getKey(item)} role="listitem" aria-posinset={first + i + 1} aria-setsize={setSize} data-item-index={first + i}>
                {renderItem(item, first + i)}
              </div>
            ))}
          </div>
        )
      })}
    </div>
  )
}

/** A card grid scrolled by the window (a page's main list), with as many columns as fit. */
export function VirtualCardGrid<T>({ minColumnWidth, columnGap = 16, maxColumns = 6, ...props }: ListProps<T> & { minColumnWidth: number; columnGap?: number; maxColumns?: number }) {
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref)
  const columns = columnsFor(width, minColumnWidth, columnGap, 2, maxColumns)
  const rowCount = useRows(props.items.length, columns)
  const [scrollMargin, setScrollMargin] = useState(0)
  // Where the list starts in the document (content above it may change with the width or as pages arrive).
  const itemCount = props.items.length
  useLayoutEffect(() => {
    const el = ref.current
    if (el) setScrollMargin(Math.round(el.getBoundingClientRect().top + window.scrollY))
  }, [width, itemCount])
  const { setFocused, rangeExtractor } = useFocusKeeper(columns)
  const estimateSize = useCallback(() => props.estimateRowHeight, [props.estimateRowHeight])
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize,
    gap: props.rowGap ?? 24,
    overscan: 3,
    scrollMargin,
    rangeExtractor,
  })
  return (
    <div ref={ref}>
      <Rows virtualizer={virtualizer} props={props} columns={columns} columnGap={columnGap} offset={scrollMargin} setFocused={setFocused} />
    </div>
  )
}

/**
 * A list inside its own scroll box (a dialog's album picker): one column, or as many columns of at least
 * `minColumnWidth` as fit (a dialog's grid of photos).
 */
export function VirtualScrollList<T>({
  className = '',
  minColumnWidth,
  columnGap = 0,
  maxColumns = 6,
  scrollsByKeyboard = false,
  ...props
}: ListProps<T> & {
  className?: string
  minColumnWidth?: number
  columnGap?: number
  maxColumns?: number
  /** The rows hold nothing focusable (a grid of photos to look at): the box itself takes focus, so keys scroll it. */
  scrollsByKeyboard?: boolean
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const width = useElementWidth(scrollRef)
  const columns = minColumnWidth ? columnsFor(width, minColumnWidth, columnGap, 2, maxColumns) : 1
  const { setFocused, rangeExtractor } = useFocusKeeper(columns)
  const estimateSize = useCallback(() => props.estimateRowHeight, [props.estimateRowHeight])
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React cannot memoize; the list re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count: useRows(props.items.length, columns),
    getScrollElement: () => scrollRef.current,
    estimateSize,
    gap: props.rowGap ?? 0,
    overscan: 4,
    rangeExtractor,
  })
  return (
    <div
      ref={scrollRef}
      className={`overflow-y-auto overscroll-contain ${className}`}
      {...(scrollsByKeyboard ? { tabIndex: 0, role: 'region', 'aria-label': props.label } : {})}
      // Some widgets move focus without scrolling (React Aria's radios): bring the focused row into the box, so
      // the rows after it mount and the arrow keys can go on.
      onFocus={(e) => e.target.closest('[role="listitem"]')?.scrollIntoView({ block: 'nearest' })}
    >
      <Rows virtualizer={virtualizer} props={props} columns={columns} columnGap={columnGap} offset={0} setFocused={setFocused} />
    </div>
  )
}
