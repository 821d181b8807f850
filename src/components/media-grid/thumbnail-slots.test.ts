import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { shownThumbnail } from '../../api'
import { FLING_DELAY_MS, MIN_CONCURRENT, setThumbnailsPerScreen, useThumbnailSlot } from './thumbnail-slots'

// jsdom downloads no images: record each download the hook starts, and end them by hand.
let downloads: HTMLImageElement[] = []
beforeEach(() => {
  downloads = []
  const setter = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set!
  vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLImageElement, value: string) {
    downloads.push(this)
    setter.call(this, value)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

const requested = () => downloads.map((img) => img.getAttribute('src'))
const finish = (src: string, event: 'load' | 'error' = 'load') =>
  act(() => {
    downloads.find((img) => img.getAttribute('src') === src)!.dispatchEvent(new Event(event))
  })

describe('useThumbnailSlot', () => {
  it('downloads MIN_CONCURRENT thumbnails at once; the next starts when one has loaded', () => {
    const cells = Array.from({ length: MIN_CONCURRENT + 2 }, (_, i) => renderHook(() => useThumbnailSlot(`img-${i}`, false)))
    expect(requested()).toEqual(Array.from({ length: MIN_CONCURRENT }, (_, i) => `img-${i}`))
    for (const c of cells) expect(c.result.current.status).toBe('pending')

    finish('img-0')
    expect(cells[0]!.result.current).toEqual({ status: 'loaded', src: 'img-0', fadeIn: true })
    expect(requested()).toHaveLength(MIN_CONCURRENT + 1)

    // A waiting cell that leaves never downloads, and its place goes to the next.
    cells[MIN_CONCURRENT + 1]!.unmount()
    finish('img-1')
    expect(requested()).toHaveLength(MIN_CONCURRENT + 1)
    for (const c of cells.slice(0, MIN_CONCURRENT)) c.unmount()
    for (let i = 2; i <= MIN_CONCURRENT; i++) finish(`img-${i}`)
  })

  it('a cell that leaves while its image is on its way keeps its slot until the download ends', () => {
    const loading = Array.from({ length: MIN_CONCURRENT }, (_, i) => renderHook(() => useThumbnailSlot(`busy-${i}`, false)))
    loading[0]!.unmount()
    const next = renderHook(() => useThumbnailSlot('next', false))
    expect(requested()).not.toContain('next') // the browser still counts the left cell's download
    finish('busy-0')
    expect(requested()).toContain('next')
    finish('next')
    expect(next.result.current.status).toBe('loaded')
    next.unmount()
    for (const c of loading.slice(1)) c.unmount()
    for (let i = 1; i < MIN_CONCURRENT; i++) finish(`busy-${i}`)
  })

  it('a cell that appears during a fling asks for its image only if it stays FLING_DELAY_MS', () => {
    vi.useFakeTimers()
    const passing = renderHook(() => useThumbnailSlot('flown-past', true))
    act(() => vi.advanceTimersByTime(FLING_DELAY_MS - 10))
    passing.unmount()
    act(() => vi.advanceTimersByTime(FLING_DELAY_MS))
    expect(requested()).not.toContain('flown-past')

    const staying = renderHook(() => useThumbnailSlot('stays', true))
    expect(requested()).not.toContain('stays')
    act(() => vi.advanceTimersByTime(FLING_DELAY_MS))
    expect(requested()).toContain('stays')
    finish('stays')
    expect(staying.result.current.status).toBe('loaded')
    staying.unmount()
  })

  it('a thumbnail that has loaded is the one the viewer starts from for its item', () => {
    const cell = renderHook(() => useThumbnailSlot('https://example.test/media/7=w256-h256-c', false))
    expect(shownThumbnail('https://example.test/media/7')).toBeUndefined()
    finish('https://example.test/media/7=w256-h256-c')
    expect(shownThumbnail('https://example.test/media/7')).toBe('https://example.test/media/7=w256-h256-c')
    cell.unmount()
  })

  it('reports a failed download (and frees its slot); a new URL for the item starts over', () => {
    const cell = renderHook(({ src }) => useThumbnailSlot(src, false), { initialProps: { src: 'https://example.test/media/8=w256-h256' } })
    finish('https://example.test/media/8=w256-h256', 'error')
    expect(cell.result.current).toEqual({ status: 'failed', src: 'https://example.test/media/8=w256-h256' })
    cell.rerender({ src: 'https://example.test/media/8-fresh=w256-h256' })
    expect(cell.result.current.status).toBe('pending')
    finish('https://example.test/media/8-fresh=w256-h256')
    expect(cell.result.current).toMatchObject({ status: 'loaded', src: 'https://example.test/media/8-fresh=w256-h256' })
    cell.unmount()
  })

  it('lets one screen of thumbnails load at once when the grid says how many cells a screen shows', () => {
    const cells = Array.from({ length: 14 }, (_, i) => renderHook(() => useThumbnailSlot(`screen-${i}`, false)))
    expect(requested()).toHaveLength(MIN_CONCURRENT)
    act(() => setThumbnailsPerScreen(12))
    expect(requested()).toHaveLength(12) // the waiting ones start at once
    act(() => setThumbnailsPerScreen(MIN_CONCURRENT))
    finish('screen-0')
    expect(requested()).toHaveLength(12) // over the new cap: nothing starts until below it
    for (const c of cells) c.unmount()
    for (let i = 1; i < 12; i++) finish(`screen-${i}`)
  })

  it('loads the screen’s thumbnails before those of rows rendered ahead of it', () => {
    act(() => setThumbnailsPerScreen(12))
    const onScreen = Array.from({ length: 4 }, (_, i) => renderHook(() => useThumbnailSlot(`seen-${i}`, false)))
    const ahead = Array.from({ length: 3 }, (_, i) => renderHook(({ off }) => useThumbnailSlot(`ahead-${i}`, false, off), { initialProps: { off: true } }))
    const later = renderHook(() => useThumbnailSlot('seen-late', false))
    // Slots are free, but the rows ahead wait while the screen's images are on their way.
    expect(requested()).toEqual(['seen-0', 'seen-1', 'seen-2', 'seen-3', 'seen-late'])
    for (let i = 0; i < 3; i++) finish(`seen-${i}`)
    expect(requested()).toHaveLength(5)
    // A waiting cell scrolled onto the screen goes at once.
    ahead[2]!.rerender({ off: false })
    expect(requested()).toContain('ahead-2')
    finish('seen-3')
    finish('seen-late')
    expect(requested()).not.toContain('ahead-0')
    finish('ahead-2')
    expect(requested()).toEqual(expect.arrayContaining(['ahead-0', 'ahead-1'])) // the screen's images are in
    for (const c of [...onScreen, ...ahead, later]) c.unmount()
    finish('ahead-0')
    finish('ahead-1')
    act(() => setThumbnailsPerScreen(MIN_CONCURRENT))
  })
})
