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

  it('a cell that leaves while its image is on its way cancels the download; a shown image is left alone', () => {
    const leaving = renderHook(() => useThumbnailSlot('https://example.test/media/8=w256-h256', false))
    const img = document.createElement('img')
    leaving.result.current.imageRef(img)
    img.setAttribute('src', leaving.result.current.src!)
    leaving.unmount()
    expect(img.hasAttribute('src')).toBe(false)

    const shown = renderHook(() => useThumbnailSlot('https://example.test/media/9=w256-h256', false))
    const loaded = document.createElement('img')
    shown.result.current.imageRef(loaded)
    loaded.setAttribute('src', shown.result.current.src!)
    act(() => shown.result.current.settled())
    shown.unmount()
    expect(loaded.getAttribute('src')).toBe('https://example.test/media/9=w256-h256')
  })
})
