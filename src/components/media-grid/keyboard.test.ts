import { describe, expect, it } from 'vitest'
import { computeLayout } from './layout'
import { nextFocusIndex } from './keyboard'

// Two groups of square cells, 4 columns: items 0-5 (rows 0-3, 4-5), then 6-13 (rows 6-9, 10-13).
const layout = computeLayout({
  width: 400,
  aspects: new Array(14).fill(1),
  mode: 'square',
  targetRowHeight: 100,
  gap: 0,
  headers: true,
  groups: [
    { key: 'a', start: 0, end: 6 },
    { key: 'b', start: 6, end: 14 },
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
  it('goes up and down to the nearest cell, across date headers', () => {
    expect(nextFocusIndex(layout, 1, 'ArrowDown')).toBe(5)
    expect(nextFocusIndex(layout, 3, 'ArrowDown')).toBe(5) // short row: nearest is the last cell
    expect(nextFocusIndex(layout, 5, 'ArrowDown')).toBe(7) // over the header into the next group
    expect(nextFocusIndex(layout, 7, 'ArrowUp')).toBe(5)
    expect(nextFocusIndex(layout, 2, 'ArrowUp')).toBe(2)
    expect(nextFocusIndex(layout, 12, 'ArrowDown')).toBe(12)
  })
  it('Home and End go to the row ends, or the list ends with Ctrl', () => {
    expect(nextFocusIndex(layout, 8, 'Home')).toBe(6)
    expect(nextFocusIndex(layout, 8, 'End')).toBe(9)
    expect(nextFocusIndex(layout, 8, 'Home', { ctrl: true })).toBe(0)
    expect(nextFocusIndex(layout, 8, 'End', { ctrl: true })).toBe(13)
  })
  it('pages by the viewport height', () => {
    // Rows start at 48 (0-3), 148 (4-5), 296 (6-9), 396 (10-13).
    expect(nextFocusIndex(layout, 1, 'PageDown', { pageHeight: 250 })).toBe(7)
    expect(nextFocusIndex(layout, 11, 'PageUp', { pageHeight: 250 })).toBe(5)
  })
})
