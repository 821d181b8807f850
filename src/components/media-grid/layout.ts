// Grid layout math: the photo wall. Items flow into justified rows filled edge to edge; a section (a day or a
// month) starts where the previous one ended, with its date above its first item, so sparse days share rows the
// way Google Photos lays them out. Every row's exact height is known before anything renders (virtualization),
// and cells are listed in reading order (a section's header right before its first item), so the DOM order is
// the visual order in both directions.

/** A run of items under one header (a day or a month). */
interface LayoutSection {
  /** Stable key (a day or month key). */
  key: string
  start: number
  end: number
  /** Width the header needs to be read whole (0: the section has no header). */
  headerWidth: number
}

/** A full-width row inserted before item `beforeIndex` (e.g. an album enrichment). */
interface LayoutExtra {
  key: string
  beforeIndex: number
  height: number
}

export interface LayoutOptions {
  /** Content width in CSS pixels. */
  width: number
  /** width / height of every item, in order. */
  aspects: readonly number[]
  /** Runs of items, in order. Default: one section of everything, without a header. */
  sections?: readonly LayoutSection[]
  extras?: readonly LayoutExtra[]
  targetRowHeight?: number
  gap?: number
  /** Height of the band above a row in which a section starts. */
  headerHeight?: number
  /** Space between two sections that share a row. */
  sectionGap?: number
  /** A row that is not full is stretched to the edge only while its height grows by at most this factor. */
  maxStretch?: number
}

export interface LayoutCell {
  index: number
  /** Offset from the inline start. */
  x: number
  width: number
}

/** The header of a section that starts in this row, above its first item. */
export interface HeaderSegment {
  key: string
  /** The whole section's items (for "select this day"). */
  start: number
  end: number
  x: number
  width: number
}

export type LayoutRow =
  | { kind: 'extra'; key: string; top: number; height: number; extraKey: string }
  | {
      kind: 'items'
      key: string
      top: number
      /** headerHeight + itemHeight. */
      height: number
      /** 0, or the band above the items where headers of sections starting here sit. */
      headerHeight: number
      itemHeight: number
      start: number
      end: number
      cells: LayoutCell[]
      headers: HeaderSegment[]
    }

export type ItemsRow = Extract<LayoutRow, { kind: 'items' }>

export interface GridLayout {
  rows: LayoutRow[]
  totalHeight: number
  /** Row index (into `rows`) of each item. */
  rowOfItem: number[]
}

/** Very wide or tall items are shown cropped to this range, so one panorama cannot make a row a sliver. */
const MIN_ASPECT = 0.5
const MAX_ASPECT = 2.5

export const clampAspect = (a: number) => (Number.isFinite(a) && a > 0 ? Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, a)) : 1)

/** width / height from the API's int64 strings (1 when unknown). */
export function aspectOf(width: string | number | undefined, height: string | number | undefined): number {
  const w = Number(width)
  const h = Number(height)
  return w > 0 && h > 0 ? w / h : 1
}

/** A full row's photos may shrink to this fraction of the target height to let a header fit. */
const MIN_SHRINK = 0.7

/** A section's part of one row: some of its items, and its header when the section starts here. */
interface Segment {
  section: LayoutSection
  start: number
  end: number
  /** Sum of the clamped aspects of its items. */
  aspects: number
  header: boolean
}

interface Metrics {
  width: number
  target: number
  gap: number
  sectionGap: number
}

const segmentWidth = (s: Segment, height: number, m: Metrics) =>
  Math.max(s.aspects * height + (s.end - s.start - 1) * m.gap, s.header ? Math.min(s.section.headerWidth, m.width) : 0)

const lineWidth = (line: readonly Segment[], height: number, m: Metrics) =>
  line.reduce((sum, s) => sum + segmentWidth(s, height, m), 0) + (line.length - 1) * m.sectionGap

/**
 * The item height at which the line fills the width exactly. Segments whose header is wider than their items
 * keep the header's width, so the height is found by walking the piecewise-linear width until it fits.
 */
function fillHeight(line: readonly Segment[], m: Metrics): number {
  let height = m.target
  for (let round = 0; round <= line.length; round++) {
    let fixed = (line.length - 1) * m.sectionGap
    let scalable = 0
    for (const s of line) {
      const items = s.aspects * height + (s.end - s.start - 1) * m.gap
      const header = s.header ? Math.min(s.section.headerWidth, m.width) : 0
      if (header > items) fixed += header
      else {
        fixed += (s.end - s.start - 1) * m.gap
        scalable += s.aspects
      }
    }
    const next = scalable > 0 ? Math.max(1, (m.width - fixed) / scalable) : height
    if (Math.abs(next - height) < 0.01) return next
    height = next
  }
  return height
}

/** Positions the segments of one line from the inline start; `fill`: make the last cell end at the edge. */
function placeLine(line: readonly Segment[], height: number, m: Metrics, aspects: readonly number[], fill: boolean) {
  const cells: LayoutCell[] = []
  const headers: HeaderSegment[] = []
  let x = 0
  line.forEach((s, k) => {
    const segX = Math.round(x)
    let exact = 0
    for (let i = s.start; i < s.end; i++) {
      const x0 = Math.round(exact)
      exact += clampAspect(aspects[i]!) * height
      cells.push({ index: i, x: segX + x0 + (i - s.start) * m.gap, width: Math.max(1, Math.round(exact) - x0) })
    }
    let width = segmentWidth(s, height, m)
    if (fill && k === line.length - 1) {
      // Absorb rounding so a filled line ends exactly at the edge.
      const last = cells[cells.length - 1]!
      if (s.aspects * height + (s.end - s.start - 1) * m.gap >= width - 0.5) last.width = Math.max(1, m.width - last.x)
      width = Math.max(width, m.width - segX)
    }
    if (s.header) headers.push({ key: s.section.key, start: s.section.start, end: s.section.end, x: segX, width: Math.round(width) })
    x = segX + width + m.sectionGap
  })
  return { cells, headers }
}

/** Adds item i to a copy of the line (a new segment when it starts a section or the line is empty). */
function withItem(line: readonly Segment[], section: LayoutSection, i: number, aspect: number): Segment[] {
  const last = line[line.length - 1]
  if (last && last.section === section) return [...line.slice(0, -1), { ...last, end: i + 1, aspects: last.aspects + aspect }]
  return [...line, { section, start: i, end: i + 1, aspects: aspect, header: i === section.start && section.headerWidth > 0 }]
}

export function computeLayout(options: LayoutOptions): GridLayout {
  const { aspects, targetRowHeight = 200, gap = 4, headerHeight = 48, extras = [], sectionGap = 12, maxStretch = 1.6 } = options
  const m: Metrics = { width: Math.max(1, Math.floor(options.width)), target: targetRowHeight, gap, sectionGap }
  const count = aspects.length
  const sections = options.sections ?? (count ? [{ key: 'all', start: 0, end: count, headerWidth: 0 }] : [])
  const rows: LayoutRow[] = []
  const rowOfItem = new Array<number>(count).fill(0)
  const sortedExtras = [...extras].sort((a, b) => a.beforeIndex - b.beforeIndex)
  let y = 0

  const emit = (line: Segment[], last: boolean) => {
    if (line.length === 0) return
    const filling = fillHeight(line, m)
    // A full line fills the width; the last line before a break stays at the target height unless a modest
    // stretch fills it (never an absurdly tall lone photo).
    const fill = !last || filling <= m.target * maxStretch
    const height = fill ? filling : m.target
    const { cells, headers } = placeLine(line, height, m, aspects, fill)
    const band = headers.length ? headerHeight : 0
    const itemHeight = Math.round(height)
    const start = line[0]!.start
    const end = line[line.length - 1]!.end
    for (let i = start; i < end; i++) rowOfItem[i] = rows.length
    rows.push({ kind: 'items', key: `r:${start}`, top: y, height: band + itemHeight, headerHeight: band, itemHeight, start, end, cells, headers })
    y += band + itemHeight + gap
  }

  let line: Segment[] = []
  let sectionAt = 0
  const flow = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      while (sections[sectionAt] && sections[sectionAt]!.end <= i) sectionAt++
      const section = sections[sectionAt]!
      const aspect = clampAspect(aspects[i]!)
      const next = withItem(line, section, i, aspect)
      if (lineWidth(next, m.target, m) < m.width) {
        line = next
        continue
      }
      // The line is full with item i. Keep i in it unless the line without i is closer to the target height, or
      // i would start a header that cannot fit however small the photos get.
      if (line.length > 0) {
        const withH = fillHeight(next, m)
        const withoutH = fillHeight(line, m)
        const headersFit = lineWidth(next, m.target * MIN_SHRINK, m) <= m.width
        if (!headersFit || Math.abs(Math.log(withoutH / m.target)) < Math.abs(Math.log(withH / m.target))) {
          emit(line, false)
          line = withItem([], section, i, aspect)
          if (lineWidth(line, m.target, m) >= m.width) {
            emit(line, false)
            line = []
          }
          continue
        }
      }
      emit(next, false)
      line = []
    }
  }

  let placed = 0
  for (const extra of sortedExtras) {
    const at = Math.min(count, Math.max(placed, extra.beforeIndex))
    flow(placed, at)
    placed = at
    emit(line, true)
    line = []
    rows.push({ kind: 'extra', key: `x:${extra.key}`, top: y, height: extra.height, extraKey: extra.key })
    y += extra.height + gap
  }
  flow(placed, count)
  emit(line, true)
  return { rows, totalHeight: Math.max(0, y - (rows.length ? gap : 0)), rowOfItem }
}

/** Target row height for a container width: smaller on phones, like Google Photos. */
export function targetRowHeightFor(width: number): number {
  return width < 640 ? 110 : width < 1024 ? 170 : 200
}
