import { describe, expect, it } from 'vitest'
import { aspectOf, clampAspect, computeLayout, type ItemsRow, type LayoutRow } from './layout'

const itemRows = (rows: LayoutRow[]) => rows.filter((r): r is ItemsRow => r.kind === 'items')
const rightEdge = (row: ItemsRow) => {
  const ends = [...row.cells.map((c) => c.x + c.width), ...row.headers.map((h) => h.x + h.width)]
  return Math.max(...ends)
}
/** What a reader meets in a row, in DOM order: each header right before its section's first photo. */
const readingOrder = (row: ItemsRow) =>
  row.cells.flatMap((c) => [...row.headers.filter((h) => h.start === c.index).map((h) => `h:${h.key}`), `i:${c.index}`])

const aspects = [1.5, 0.75, 1, 1.33, 1.5, 1.5, 0.66, 1, 1.78, 1.2, 1, 1.33, 0.75, 1.5, 1]

describe('computeLayout: the justified wall', () => {
  it('fills every row but the last exactly to the width, at a height near the target', () => {
    const layout = computeLayout({ width: 1000, aspects, targetRowHeight: 200, gap: 4 })
    const rows = itemRows(layout.rows)
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows.slice(0, -1)) {
      expect(rightEdge(row)).toBe(1000)
      expect(row.itemHeight).toBeGreaterThan(130)
      expect(row.itemHeight).toBeLessThan(300)
    }
    // Every item is placed once, in order, left to right (the inline start) within its row.
    expect(rows.flatMap((r) => r.cells.map((c) => c.index))).toEqual(aspects.map((_, i) => i))
    for (const row of rows) for (let k = 1; k < row.cells.length; k++) expect(row.cells[k]!.x).toBeGreaterThan(row.cells[k - 1]!.x)
  })

  it('keeps cells in the aspect of their item', () => {
    const layout = computeLayout({ width: 3.5 * 100 + 8, aspects: [2, 1, 0.5], targetRowHeight: 100, gap: 4 })
    const [row] = itemRows(layout.rows)
    expect(row!.itemHeight).toBe(100)
    expect(row!.cells.map((c) => c.width)).toEqual([200, 100, 50])
    expect(row!.cells.map((c) => c.x)).toEqual([0, 204, 308])
  })

  it('leaves a short last row at the target height instead of stretching it absurdly', () => {
    const layout = computeLayout({ width: 1000, aspects: [1, 1], targetRowHeight: 200, gap: 4 })
    const [row] = itemRows(layout.rows)
    expect(row!.itemHeight).toBe(200)
    expect(rightEdge(row!)).toBeLessThan(1000)
  })

  it('stretches a nearly full last row to the edge', () => {
    const layout = computeLayout({ width: 1000, aspects: [1.5, 1.5, 1], targetRowHeight: 250, gap: 4 })
    const [row] = itemRows(layout.rows)
    expect(rightEdge(row!)).toBe(1000)
    expect(row!.itemHeight).toBeLessThanOrEqual(250 * 1.6)
  })

  it('gives a very wide item its own row without a sliver height', () => {
    const layout = computeLayout({ width: 600, aspects: [1, 10, 1], targetRowHeight: 200, gap: 4 })
    for (const r of itemRows(layout.rows)) expect(r.itemHeight).toBeGreaterThanOrEqual(100)
  })
})

describe('computeLayout: sections', () => {
  const sparseDays = (n: number, perDay: number, headerWidth: number) =>
    Array.from({ length: n }, (_, d) => ({ key: `2024-03-${String(20 - d).padStart(2, '0')}`, start: d * perDay, end: (d + 1) * perDay, headerWidth }))

  it('lets small days share rows, each header above its own first photo, and fills the shared rows', () => {
    const sections = sparseDays(8, 2, 120)
    const layout = computeLayout({ width: 1000, aspects: new Array(16).fill(1.33), sections, targetRowHeight: 150, gap: 4, headerHeight: 40, sectionGap: 16 })
    const rows = itemRows(layout.rows)
    expect(rows.length).toBeLessThan(sections.length)
    expect(Math.max(...rows.map((r) => r.headers.length))).toBeGreaterThan(1)
    for (const row of rows.slice(0, -1)) expect(rightEdge(row)).toBe(1000)
    for (const row of rows) {
      for (const header of row.headers) {
        const first = row.cells.find((c) => c.index === header.start)!
        expect(header.x).toBe(first.x)
        expect(row.headerHeight).toBe(40)
      }
    }
  })

  it('never makes a header narrower than its text, even on a phone with one photo a day', () => {
    const sections = sparseDays(12, 1, 170)
    const layout = computeLayout({ width: 382, aspects: new Array(12).fill(0.75), sections, targetRowHeight: 110, gap: 4, headerHeight: 40, sectionGap: 8 })
    const rows = itemRows(layout.rows)
    for (const row of rows) {
      for (const header of row.headers) expect(header.width).toBeGreaterThanOrEqual(170)
      expect(rightEdge(row)).toBeLessThanOrEqual(382)
      // Headers in one row never overlap.
      const sorted = [...row.headers].sort((a, b) => a.x - b.x)
      for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.x).toBeGreaterThanOrEqual(sorted[k - 1]!.x + sorted[k - 1]!.width)
    }
  })

  it('lists each header right before its first photo, so the DOM order is the reading order', () => {
    const sections = sparseDays(6, 3, 100)
    const layout = computeLayout({ width: 1200, aspects: new Array(18).fill(1), sections, targetRowHeight: 150, gap: 4, headerHeight: 40 })
    const order = itemRows(layout.rows).flatMap(readingOrder)
    const expected = sections.flatMap((s) => [`h:${s.key}`, ...Array.from({ length: s.end - s.start }, (_, k) => `i:${s.start + k}`)])
    expect(order).toEqual(expected)
  })

  it('starts a long section under its header and continues it in full rows without one', () => {
    const sections = [{ key: '2024-03-20', start: 0, end: 30, headerWidth: 120 }]
    const layout = computeLayout({ width: 800, aspects: new Array(30).fill(1.5), sections, targetRowHeight: 150, gap: 4, headerHeight: 40 })
    const rows = itemRows(layout.rows)
    expect(rows[0]!.headers).toHaveLength(1)
    expect(rows[0]!.height).toBe(40 + rows[0]!.itemHeight)
    for (const row of rows.slice(1)) expect(row.headerHeight).toBe(0)
    expect(layout.rowOfItem[29]).toBe(layout.rows.length - 1)
  })

  it('puts extras on rows of their own before the item they precede', () => {
    const layout = computeLayout({
      width: 800,
      aspects: new Array(10).fill(1),
      extras: [
        { key: 'a', beforeIndex: 0, height: 60 },
        { key: 'b', beforeIndex: 4, height: 80 },
      ],
      targetRowHeight: 150,
      gap: 4,
    })
    expect(layout.rows[0]).toMatchObject({ kind: 'extra', extraKey: 'a', top: 0, height: 60 })
    const b = layout.rows.findIndex((r) => r.kind === 'extra' && r.extraKey === 'b')
    expect(itemRows(layout.rows.slice(0, b)).flatMap((r) => r.cells.map((c) => c.index))).toEqual([0, 1, 2, 3])
    expect(layout.totalHeight).toBe(layout.rows.at(-1)!.top + layout.rows.at(-1)!.height)
  })

  it('stays fast and consistent for a 10 000-item library', () => {
    const n = 10_000
    const many = Array.from({ length: n }, (_, i) => [1.5, 0.75, 1.33, 1][i % 4]!)
    const sections = Array.from({ length: n / 5 }, (_, d) => ({ key: `d${d}`, start: d * 5, end: d * 5 + 5, headerWidth: 110 }))
    const layout = computeLayout({ width: 1400, aspects: many, sections, targetRowHeight: 200, gap: 4, headerHeight: 40 })
    const rows = itemRows(layout.rows)
    expect(rows.flatMap((r) => r.cells.map((c) => c.index))).toHaveLength(n)
    for (let r = 1; r < layout.rows.length; r++) expect(layout.rows[r]!.top).toBeGreaterThan(layout.rows[r - 1]!.top)
  })
})

describe('aspects', () => {
  it('reads int64 strings and clamps extremes', () => {
    expect(aspectOf('4000', '3000')).toBeCloseTo(4 / 3)
    expect(aspectOf(undefined, '3000')).toBe(1)
    expect(clampAspect(10)).toBe(2.5)
    expect(clampAspect(0.1)).toBe(0.5)
    expect(clampAspect(Number.NaN)).toBe(1)
  })
})
