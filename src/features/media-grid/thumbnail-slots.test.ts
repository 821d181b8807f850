import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { shownThumbnail } from '../../api'
import { FLING_DELAY_MS, MAX_CONCURRENT, useThumbnailSlot } from './thumbnail-slots'

afterEach(() => vi.useRealTimers())

describe('useThumbnailSlot', () => {
  it('lets MAX_CONCURRENT thumbnails load at once; the next starts when one settles', () => {
    const cells = Array.from({ length: MAX_CONCURRENT + 2 }, (_, i) => renderHook(() => useThumbnailSlot(`img-${i}`, false)))
    const loading = () => cells.filter((c) => c.result.current.src !== undefined).length
    expect(loading()).toBe(MAX_CONCURRENT)
    act(() => cells[0]!.result.current.settled())
    expect(loading()).toBe(MAX_CONCURRENT + 1)
    // A waiting cell that leaves never loads, and its place goes to the next.
    cells[MAX_CONCURRENT + 1]!.unmount()
    act(() => cells[1]!.result.current.settled())
    for (const c of cells.slice(0, MAX_CONCURRENT + 1)) expect(c.result.current.src).toBeDefined()
    for (const c of cells) c.unmount()
  })

  it('a cell that appears during a fling asks for its image only if it stays FLING_DELAY_MS', () => {
    vi.useFakeTimers()
    const passing = renderHook(() => useThumbnailSlot('flown-past', true))
    act(() => vi.advanceTimersByTime(FLING_DELAY_MS - 10))
    expect(passing.result.current.src).toBeUndefined()
    passing.unmount()
    const staying = renderHook(() => useThumbnailSlot('stays', true))
    expect(staying.result.current.src).toBeUndefined()
    act(() => vi.advanceTimersByTime(FLING_DELAY_MS))
    expect(staying.result.current.src).toBe('stays')
    act(() => staying.result.current.settled())
    staying.unmount()
  })

  it('a thumbnail that has settled is the one the viewer starts from for its item', () => {
    const cell = renderHook(() => useThumbnailSlot('https://example.test/media/7=w256-h256-c', false))
    expect(shownThumbnail('https://example.test/media/7')).toBeUndefined()
    act(() => cell.result.current.settled())
    expect(shownThumbnail('https://example.test/media/7')).toBe('https://example.test/media/7=w256-h256-c')
    cell.unmount()
  })
})
