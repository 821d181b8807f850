import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { imageTraffic } from '../../utils/image-traffic'
import { GridMediaContext, type GridMedia } from './grid-media'
import { fakeItems } from './test-utils'
import { useVideoDuration } from './video-duration'

const media: GridMedia = {
  thumbnailUrl: () => undefined,
  videoUrl: (item) => `${item.baseUrl}=dv`,
  useImageFailure: () => ({ onError: () => {}, failed: false }),
  saveOriginals: async () => ({ skipped: 0 }),
}
const wrapper = ({ children }: { children: ReactNode }) => <GridMediaContext.Provider value={media}>{children}</GridMediaContext.Provider>

describe('useVideoDuration', () => {
  let videoSources: string[]
  beforeEach(() => {
    vi.useFakeTimers()
    videoSources = []
    const create = document.createElement.bind(document)
    vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      const element = create(tag, options)
      if (tag === 'video') {
        Object.defineProperty(element, 'src', { set: (url: string) => videoSources.push(url), configurable: true })
      }
      return element
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('reads a video’s metadata only once the screen’s thumbnails have arrived', () => {
    const video = fakeItems(2, { videoEvery: 2 })[1]
    imageTraffic.started()
    renderHook(() => useVideoDuration(video), { wrapper })
    act(() => void vi.advanceTimersByTime(1000))
    expect(videoSources).toEqual([])
    imageTraffic.ended()
    act(() => void vi.advanceTimersByTime(50))
    expect(videoSources).toEqual([])
    act(() => void vi.advanceTimersByTime(200))
    expect(videoSources).toEqual([`${video.baseUrl}=dv`])
  })
})
