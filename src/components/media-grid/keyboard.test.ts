import { describe, expect, it } from 'vitest'
import { computeLayout } from './layout'
import { nextFocusIndex } from './keyboard'

// Square items, four to a 400 px row; the second day starts mid-row, under its own header:
// rows 0-3 (top 0, with a header band), 4-7 (top 140, day b's header above 6), 8-11 (top 280), 12-13 (top 380).
const layout = computeLayout({
  width: 400,
  aspects: new Array(14).fill(1),
  targetRowHeight: 100,
  gap: 0,
  sectionGap: 0,
  headerHeight: 40,
  sections: [
    { key: 'a', start: 0, end: 6, headerWidth: 50 },
    { key: 'b', start: 6, end: 14, headerWidth: 50 },
  ],
})

describe('nextFocusIndex', () => {
  it('moves along reading order and stops at the ends', () => {
    expect(nextFocusIndex(layout, 0, 'ArrowRight')).toBe(1)
    expect(nextFocusIndex(layout, 3, 'ArrowRight')).toBe(4)
    expect(nextFocusIndex(layout, 0, 'ArrowLeft')).toBe(0)
    expect(nextFocusIndex(layout, 13, 'ArrowRight')).toBe(13)
  })
  it('mirrors left and right in RTL', () => {
    expect(nextFocusIndex(layout, 1, 'ArrowLeft', { rtl: true })).toBe(2)
    expect(nextFocusIndex(layout, 1, 'ArrowRight', { rtl: true })).toBe(0)
  })
  it('goes up and down to the nearest cell, across rows where a new day starts', () => {
    expect(nextFocusIndex(layout, 1, 'ArrowDown')).toBe(5)
    expect(nextFocusIndex(layout, 3, 'ArrowDown')).toBe(7)
    expect(nextFocusIndex(layout, 5, 'ArrowDown')).toBe(9)
    expect(nextFocusIndex(layout, 10, 'ArrowDown')).toBe(13) // short last row: nearest is its last cell
    expect(nextFocusIndex(layout, 9, 'ArrowUp')).toBe(5)
    expect(nextFocusIndex(layout, 2, 'ArrowUp')).toBe(2)
    expect(nextFocusIndex(layout, 13, 'ArrowDown')).toBe(13)
  })
  it('Home and End go to the row ends, or the list ends with Ctrl', () => {
    expect(nextFocusIndex(layout, 6, 'Home')).toBe(4)
    expect(nextFocusIndex(layout, 6, 'End')).toBe(7)
    expect(nextFocusIndex(layout, 8, 'Home', { ctrl: true })).toBe(0)
    expect(nextFocusIndex(layout, 8, 'End', { ctrl: true })).toBe(13)
  })
  it('pages by the viewport height', () => {
    expect(layout.rows.map((r) => r.top)).toEqual([0, 140, 280, 380])
    expect(nextFocusIndex(layout, 1, 'PageDown', { pageHeight: 250 })).toBe(9)
    expect(nextFocusIndex(layout, 13, 'PageUp', { pageHeight: 250 })).toBe(5)
  })
})
