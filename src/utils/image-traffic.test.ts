import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.useRealTimers()
  vi.resetModules()
})

// A fresh module per test: the traffic is module state.
const load = () => import('./image-traffic')

describe('afterImagesSettle', () => {
  it('waits for the images on their way, then for a quiet moment', async () => {
    vi.useFakeTimers()
    const { imageTraffic, afterImagesSettle } = await load()
    const run = vi.fn()
    imageTraffic.started()
    imageTraffic.started()
    afterImagesSettle(run, { quietMs: 500, giveUpMs: 5000 })
    vi.advanceTimersByTime(10_000)
    expect(run).not.toHaveBeenCalled()
    imageTraffic.ended()
    imageTraffic.ended()
    vi.advanceTimersByTime(400)
    imageTraffic.started() // the next row's image: not quiet yet
    vi.advanceTimersByTime(1000)
    expect(run).not.toHaveBeenCalled()
    imageTraffic.ended()
    vi.advanceTimersByTime(500)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('gives up waiting on a page where no image starts', async () => {
    vi.useFakeTimers()
    const { afterImagesSettle } = await load()
    const run = vi.fn()
    afterImagesSettle(run, { quietMs: 500, giveUpMs: 5000 })
    vi.advanceTimersByTime(4900)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('can be cancelled', async () => {
    vi.useFakeTimers()
    const { afterImagesSettle } = await load()
    const run = vi.fn()
    afterImagesSettle(run)()
    vi.advanceTimersByTime(10_000)
    expect(run).not.toHaveBeenCalled()
  })
})
