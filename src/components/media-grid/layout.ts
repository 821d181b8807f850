// Grid layout math: turns item aspect ratios into positioned rows (date headers, justified or square item
// rows, full-width extra rows) so the virtualizer knows every row's exact height before anything renders.

export type GridMode = 'justified' | 'square'

export interface LayoutGroup {
  /** Stable key of the group (a day key for date headers). */
  key: string
  start: number
  end: number
}

/** A full-width row inserted before item `beforeIndex` (e.g. an album enrichment). */
export interface LayoutExtra {
  key: string
  beforeIndex: number
  height: number
}

export interface LayoutOptions {
  /** Content width in CSS pixels. */
  width: number
  /** width / height of every item, in order. */
  aspects: readonly number[]
  /** Runs of items; each gets a header row when `headers` is true. Default: one group of everything. */
  groups?: readonly LayoutGroup[]
  headers?: boolean
  extras?: readonly LayoutExtra[]
  mode?: GridMode
  targetRowHeight?: number
  gap?: number
  headerHeight?: number
  /** Space between days that share a row (justified layout with headers). */
  sectionGap?: number
}

export interface LayoutCell {
  index: number
  /** Offset from the inline start. */
  x: number
  width: number
}

/** One date label of a header row; several small days share a row, each label above its own items. */
export interface HeaderSegment {
  groupKey: string
  start: number
  end: number
  x: number
  width: number
}

export type LayoutRow =
  | { kind: 'header'; key: string; top: number; height: number; groupKey: string; start: number; end: number; segments: HeaderSegment[] }
  | { kind: 'extra'; key: string; top: number; height: number; extraKey: string }
  | { kind: 'items'; key: string; top: number; height: number; start: number; end: number; cells: LayoutCell[] }

export interface GridLayout {
  rows: LayoutRow[]
  totalHeight: number
  /** Row index (into `rows`) of each item. */
  rowOfItem: number[]
  /** Item columns of a square layout (0 for justified). */
  columns: number
}

/** Very wide or tall items are shown cropped to this range, so one panorama cannot make a row a sliver. */
export const MIN_ASPECT = 0.5
export const MAX_ASPECT = 2.5

export const clampAspect = (a: number) => (Number.isFinite(a) && a > 0 ? Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, a)) : 1)

/** width / height from the API's int64 strings (1 when unknown). */
export function aspectOf(width: string | number | undefined, height: string | number | undefined): number {
  const w = Number(width)
  const h = Number(height)
  return w > 0 && h > 0 ? w / h : 1
}

/** Positions cells of one row so they fill exactly `[0, width)` with `gap` between them. */
function placeCells(start: number, aspects: readonly number[], count: number, height: number, gap: number, fill: number | null): LayoutCell[] {
  const cells: LayoutCell[] = []
  let exact = 0
  for (let k = 0; k < count; k++) {
    const w = aspects[k]! * height
    const x0 = Math.round(exact)
    exact += w
    const x1 = k === count - 1 && fill !== null ? fill : Math.round(exact)
    cells.push({ index: start + k, x: x0 + k * gap, width: Math.max(1, x1 - x0) })
  }
  return cells
}

/** Splits [start, end) into justified rows: each full row fills the width at a height near the target. */
export function justifyRows(aspects: readonly number[], start: number, end: number, width: number, target: number, gap: number) {
  const rows: { start: number; end: number; height: number; cells: LayoutCell[] }[] = []
  let rowStart = start
  let sum = 0
  const emit = (from: number, to: number, total: number, full: boolean) => {
    const n = to - from
    const inner = width - (n - 1) * gap
    const height = full ? inner / total : Math.min(target, inner / total)
    const own = aspects.slice(from, to).map(clampAspect)
    rows.push({ start: from, end: to, height: Math.round(height), cells: placeCells(from, own, n, height, gap, full ? inner : null) })
  }
  for (let i = start; i < end; i++) {
    const a = clampAspect(aspects[i]!)
    sum += a
    const n = i - rowStart + 1
    if (sum * target + (n - 1) * gap < width) continue
    // The row is full with item i. Keep i in it unless the row without i is closer to the target height.
    const withH = (width - (n - 1) * gap) / sum
    const withoutSum = sum - a
    const withoutH = n > 1 ? (width - (n - 2) * gap) / withoutSum : Infinity
    if (n > 1 && Math.abs(withoutH - target) < Math.abs(withH - target)) {
      emit(rowStart, i, withoutSum, true)
      rowStart = i
      sum = a
      if (a * target >= width) {
        emit(rowStart, i + 1, sum, true)
        rowStart = i + 1
        sum = 0
      }
    } else {
      emit(rowStart, i + 1, sum, true)
      rowStart = i + 1
      sum = 0
    }
  }
  if (rowStart < end) emit(rowStart, end, sum, false)
  return rows
}

export function squareColumns(width: number, target: number, gap: number): number {
  return Math.max(3, Math.floor((width + gap) / (target + gap)))
}

export function computeLayout(options: LayoutOptions): GridLayout {
  const {
    aspects,
    mode = 'justified',
    targetRowHeight = 200,
    gap = 4,
    headerHeight = 48,
    headers = false,
    extras = [],
    sectionGap = 20,
  } = options
  const width = Math.max(1, Math.floor(options.width))
  const count = aspects.length
  const groups = options.groups ?? (count ? [{ key: 'all', start: 0, end: count }] : [])
  const rows: LayoutRow[] = []
  const rowOfItem = new Array<number>(count).fill(0)
  const columns = mode === 'square' ? squareColumns(width, targetRowHeight, gap) : 0
  const cellSize = mode === 'square' ? (width - (columns - 1) * gap) / columns : 0
  const sortedExtras = [...extras].sort((a, b) => a.beforeIndex - b.beforeIndex)
  let y = 0
  let extraAt = 0

  const pushExtrasBefore = (index: number) => {
    while (extraAt < sortedExtras.length && sortedExtras[extraAt]!.beforeIndex <= index) {
      const e = sortedExtras[extraAt++]!
      rows.push({ kind: 'extra', key: `x:${e.key}`, top: y, height: e.height, extraKey: e.key })
      y += e.height + gap
    }
  }

  const pushItems = (start: number, end: number) => {
    if (start >= end) return
    if (mode === 'square') {
      for (let s = start; s < end; s += columns) {
        const e = Math.min(end, s + columns)
        const cells: LayoutCell[] = []
        for (let i = s; i < e; i++) {
          const k = i - s
          const x = Math.round(k * (cellSize + gap))
          cells.push({ index: i, x, width: Math.round((k + 1) * (cellSize + gap) - gap) - x })
          rowOfItem[i] = rows.length
        }
        const height = Math.round(cellSize)
        rows.push({ kind: 'items', key: `r:${s}`, top: y, height, start: s, end: e, cells })
        y += height + gap
      }
      return
    }
    for (const r of justifyRows(aspects, start, end, width, targetRowHeight, gap)) {
      for (let i = r.start; i < r.end; i++) rowOfItem[i] = rows.length
      rows.push({ kind: 'items', key: `r:${r.start}`, top: y, height: r.height, start: r.start, end: r.end, cells: r.cells })
      y += r.height + gap
    }
  }

  // Small days share a row, like Google Photos: each keeps its own label above its items.
  const packing = headers && mode === 'justified' && sortedExtras.length === 0
  let line: { group: LayoutGroup; natural: number }[] = []
  const naturalWidth = (g: LayoutGroup) => {
    let sum = 0
    for (let i = g.start; i < g.end; i++) sum += clampAspect(aspects[i]!)
    return sum * targetRowHeight + (g.end - g.start - 1) * gap
  }
  const flushLine = () => {
    if (line.length === 0) return
    const fixed = line.reduce((n, l) => n + (l.group.end - l.group.start - 1) * gap, 0) + (line.length - 1) * sectionGap
    const natural = line.reduce((n, l) => n + l.natural, 0) + (line.length - 1) * sectionGap
    // A nearly full line is stretched to the edge; a short one keeps the target height.
    const fill = natural >= width * 0.8
    const height = fill ? Math.min(targetRowHeight * 1.5, (targetRowHeight * (width - fixed)) / (natural - fixed)) : targetRowHeight
    const segments: HeaderSegment[] = []
    const cells: LayoutCell[] = []
    let x = 0
    line.forEach(({ group }, k) => {
      const own = aspects.slice(group.start, group.end).map(clampAspect)
      const isLast = k === line.length - 1
      const placed = placeCells(group.start, own, group.end - group.start, height, gap, null)
      const segStart = Math.round(x)
      for (const c of placed) cells.push({ ...c, x: c.x + segStart })
      let segEnd = segStart + (placed.length ? placed[placed.length - 1]!.x + placed[placed.length - 1]!.width : 0)
      if (fill && isLast && cells.length) {
        // Absorb rounding so a stretched line ends exactly at the edge.
        const last = cells[cells.length - 1]!
        last.width = Math.max(1, width - last.x)
        segEnd = width
      }
      segments.push({ groupKey: group.key, start: group.start, end: group.end, x: segStart, width: segEnd - segStart })
      x = segEnd + sectionGap
    })
    const first = line[0]!.group
    const lastGroup = line[line.length - 1]!.group
    rows.push({ kind: 'header', key: `h:${first.key}:${first.start}`, top: y, height: headerHeight, groupKey: first.key, start: first.start, end: lastGroup.end, segments })
    y += headerHeight
    for (let i = first.start; i < lastGroup.end; i++) rowOfItem[i] = rows.length
    const h = Math.round(height)
    rows.push({ kind: 'items', key: `r:${first.start}`, top: y, height: h, start: first.start, end: lastGroup.end, cells })
    y += h + gap
    line = []
  }

  for (const group of groups) {
    if (packing) {
      const natural = naturalWidth(group)
      if (natural <= width) {
        const used = line.reduce((n, l) => n + l.natural + sectionGap, 0)
        if (line.length && used + natural > width) flushLine()
        line.push({ group, natural })
        continue
      }
      flushLine()
    }
    pushExtrasBefore(group.start)
    if (headers) {
      rows.push({
        kind: 'header',
        key: `h:${group.key}:${group.start}`,
        top: y,
        height: headerHeight,
        groupKey: group.key,
        start: group.start,
        end: group.end,
        segments: [{ groupKey: group.key, start: group.start, end: group.end, x: 0, width }],
      })
      y += headerHeight
    }
    // Extras inside a group split its items into separately justified runs.
    let runStart = group.start
    while (extraAt < sortedExtras.length && sortedExtras[extraAt]!.beforeIndex < group.end) {
      const at = Math.max(runStart, sortedExtras[extraAt]!.beforeIndex)
      pushItems(runStart, at)
      pushExtrasBefore(at)
      runStart = at
    }
    pushItems(runStart, group.end)
  }
  flushLine()
  pushExtrasBefore(Number.POSITIVE_INFINITY)
  return { rows, totalHeight: Math.max(0, y - (rows.length ? gap : 0)), rowOfItem, columns }
}

/** Target row height for a container width: smaller on phones, like Google Photos. */
export function targetRowHeightFor(width: number, mode: GridMode): number {
  if (mode === 'square') return width < 640 ? 110 : width < 1024 ? 150 : 180
  return width < 640 ? 100 : width < 1024 ? 170 : 200
}
