// Keyboard movement through the grid's visual layout: left/right follow reading order (mirrored in RTL),
// up/down go to the nearest item in the row above or below, skipping extra rows.
import type { GridLayout, ItemsRow, LayoutCell, LayoutRow } from './layout'

export type GridNavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown'

export const isGridNavKey = (key: string): key is GridNavKey =>
  ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key)

const center = (c: LayoutCell) => c.x + c.width / 2

function nearestIn(row: ItemsRow, x: number): number {
  let best = row.cells[0]!
  for (const c of row.cells) if (Math.abs(center(c) - x) < Math.abs(center(best) - x)) best = c
  return best.index
}

function itemsRowFrom(rows: readonly LayoutRow[], from: number, step: 1 | -1): ItemsRow | undefined {
  for (let r = from + step; r >= 0 && r < rows.length; r += step) {
    const row = rows[r]!
    if (row.kind === 'items') return row
  }
  return undefined
}

export interface NavOptions {
  rtl?: boolean
  /** Ctrl/Cmd held: Home/End go to the very first/last item. */
  ctrl?: boolean
  /** Viewport height for PageUp/PageDown. */
  pageHeight?: number
}

/** The item index focus moves to, or `current` when it cannot move. */
export function nextFocusIndex(layout: GridLayout, current: number, key: GridNavKey, options: NavOptions = {}): number {
  const count = layout.rowOfItem.length
  if (count === 0) return current
  const index = Math.min(Math.max(0, current), count - 1)
  const rowIndex = layout.rowOfItem[index]!
  const row = layout.rows[rowIndex] as ItemsRow
  const cell = row.cells.find((c) => c.index === index)!
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight'
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return Math.min(count - 1, Math.max(0, index + (key === forward ? 1 : -1)))
    case 'ArrowUp':
    case 'ArrowDown': {
      const target = itemsRowFrom(layout.rows, rowIndex, key === 'ArrowDown' ? 1 : -1)
      return target ? nearestIn(target, center(cell)) : index
    }
    case 'Home':
      return options.ctrl ? 0 : row.start
    case 'End':
      return options.ctrl ? count - 1 : row.end - 1
    case 'PageUp':
    case 'PageDown': {
      const page = Math.max(1, options.pageHeight ?? 600)
      const goal = row.top + (key === 'PageDown' ? page : -page)
      let best: ItemsRow | undefined
      for (const r of layout.rows) {
        if (r.kind !== 'items') continue
        if (!best || Math.abs(r.top - goal) < Math.abs(best.top - goal)) best = r
      }
      return best ? nearestIn(best, center(cell)) : index
    }
  }
}
