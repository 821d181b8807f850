import { describe, expect, it } from 'vitest'
import { aspectOf, clampAspect, computeLayout, justifyRows, squareColumns } from './layout'

const sumWidths = (cells: { width: number }[], gap: number) => cells.reduce((s, c) => s + c.width, 0) + (cells.length - 1) * gap

describe('justifyRows', () => {
  it('fills every full row exactly to the width', () => {
    const aspects = [1.5, 0.75, 1, 1.33, 1.5, 1.5, 0.66, 1, 1.78, 1.2, 1]
    const rows = justifyRows(aspects, 0, aspects.length, 1000, 200, 4)
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows.slice(0, -1)) {
      expect(sumWidths(row.cells, 4)).toBe(1000)
      expect(row.height).toBeGreaterThan(120)
      expect(row.height).toBeLessThan(320)
    }
    // Every item is placed once, in order.
    expect(rows.flatMap((r) => r.cells.map((c) => c.index))).toEqual(aspects.map((_, i) => i))
  })

  it('does not stretch an incomplete last row', () => {
    const rows = justifyRows([1, 1], 0, 2, 1000, 200, 4)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.height).toBe(200)
    expect(sumWidths(rows[0]!.cells, 4)).toBeLessThan(1000)
  })

  it('keeps cells in the aspect of their item', () => {
    const [row] = justifyRows([2, 1, 0.5], 0, 3, 3.5 * 100 + 8, 100, 4)
    expect(row!.height).toBe(100)
    expect(row!.cells.map((c) => c.width)).toEqual([200, 100, 50])
    expect(row!.cells.map((c) => c.x)).toEqual([0, 204, 308])
  })

  it('gives a very wide item its own row without a sliver height', () => {
    const rows = justifyRows([1, 10, 1], 0, 3, 600, 200, 4)
    for (const r of rows) expect(r.height).toBeGreaterThanOrEqual(100)
  })
})

describe('computeLayout', () => {
  it('puts a header before each group and knows every item row', () => {
    const aspects = new Array(10).fill(1)
    const layout = computeLayout({
      width: 500,
      aspects,
      headers: true,
      groups: [
        { key: '2024-03-09', start: 0, end: 3 },
        { key: '2024-03-08', start: 3, end: 10 },
      ],
      targetRowHeight: 100,
      gap: 0,
      headerHeight: 40,
    })
    expect(layout.rows.map((r) => r.kind)).toEqual(['header', 'items', 'header', 'items', 'items'])
    expect(layout.rows[0]).toMatchObject({ top: 0, height: 40 })
    expect(layout.rows[1]).toMatchObject({ top: 40, height: 100 })
    expect(layout.rowOfItem).toEqual([1, 1, 1, 3, 3, 3, 3, 3, 4, 4])
    expect(layout.totalHeight).toBe(40 + 100 + 40 + 100 + 100)
  })

  it('packs small days into one row, each labelled above its own items', () => {
    const layout = computeLayout({
      width: 1000,
      aspects: new Array(6).fill(1),
      headers: true,
      groups: [
        { key: 'd1', start: 0, end: 1 },
        { key: 'd2', start: 1, end: 3 },
        { key: 'd3', start: 3, end: 4 },
        { key: 'd4', start: 4, end: 6 },
      ],
      targetRowHeight: 200,
      gap: 4,
      sectionGap: 20,
      headerHeight: 40,
    })
    // d1 (200) + d2 (404) + d3 (200) fit in 1000 with the section gaps; d4 starts the next line.
    expect(layout.rows.map((r) => r.kind)).toEqual(['header', 'items', 'header', 'items'])
    const header = layout.rows[0]!
    if (header.kind !== 'header') throw new Error('header expected')
    expect(header.segments.map((s) => s.groupKey)).toEqual(['d1', 'd2', 'd3'])
    expect(header.segments.map((s) => s.x)).toEqual([0, expect.any(Number), expect.any(Number)])
    const items = layout.rows[1]!
    if (items.kind !== 'items') throw new Error('items expected')
    expect(items.cells.map((c) => c.index)).toEqual([0, 1, 2, 3])
    // Each label starts where its first cell starts.
    expect(header.segments[1]!.x).toBe(items.cells[1]!.x)
    expect(header.segments[2]!.x).toBe(items.cells[3]!.x)
    // The line was nearly full, so it is stretched to the edge.
    expect(items.cells[3]!.x + items.cells[3]!.width).toBe(1000)
    expect(layout.rowOfItem).toEqual([1, 1, 1, 1, 3, 3])
  })

  it('lays square cells out in whole columns', () => {
    const layout = computeLayout({ width: 390, aspects: new Array(7).fill(1.5), mode: 'square', targetRowHeight: 110, gap: 2 })
    expect(layout.columns).toBe(3)
    const first = layout.rows[0]!
    expect(first.kind === 'items' && first.cells.length).toBe(3)
    if (first.kind === 'items') expect(sumWidths(first.cells, 2)).toBe(390)
    expect(layout.rows).toHaveLength(3)
  })

  it('inserts extra rows before the given item, splitting the run', () => {
    const layout = computeLayout({
      width: 400,
      aspects: new Array(6).fill(1),
      extras: [
        { key: 'e1', beforeIndex: 0, height: 60 },
        { key: 'e2', beforeIndex: 2, height: 60 },
        { key: 'e3', beforeIndex: 99, height: 30 },
      ],
      targetRowHeight: 100,
      gap: 0,
    })
    expect(layout.rows.map((r) => (r.kind === 'extra' ? r.extraKey : r.kind))).toEqual(['e1', 'items', 'e2', 'items', 'e3'])
  })

  it('is empty without items', () => {
    expect(computeLayout({ width: 800, aspects: [] })).toMatchObject({ rows: [], totalHeight: 0 })
  })
})

describe('helpers', () => {
  it('reads aspects from the API strings', () => {
    expect(aspectOf('4000', '3000')).toBeCloseTo(4 / 3)
    expect(aspectOf(undefined, '10')).toBe(1)
  })
  it('clamps extreme aspects', () => {
    expect(clampAspect(10)).toBe(2.5)
    expect(clampAspect(0.1)).toBe(0.5)
    expect(clampAspect(Number.NaN)).toBe(1)
  })
  it('never gives fewer than three square columns', () => {
    expect(squareColumns(200, 110, 2)).toBe(3)
    expect(squareColumns(1280, 180, 4)).toBe(6)
  })
})
