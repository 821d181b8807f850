import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { mediaUrl, rememberShownThumbnail, type MediaItem, type PhotosClient } from '../../api'
import en from '../../i18n/locales/en'
import { PhotosClientProvider } from '../../queries'
import { MediaViewer } from './MediaViewer'

const photo = (n: number): MediaItem => ({
  id: `item-${n}`,
  baseUrl: `https://example.test/media/${n}`,
  filename: `IMG_${n}.jpg`,
  mimeType: 'image/jpeg',
  mediaMetadata: { creationTime: '2024-03-14T12:00:00Z', width: '4000', height: '3000', photo: {} },
})

const i18n = i18next.createInstance()
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en }, ns: Object.keys(en), defaultNS: 'common', interpolation: { escapeValue: false } })
  // jsdom has no image decoding; the viewer asks the browser to decode the neighbours it preloads.
  HTMLImageElement.prototype.decode = () => Promise.resolve()
})
afterEach(() => vi.restoreAllMocks())

function Providers({ children }: { children: ReactNode }) {
  const client = { mediaItems: { batchGet: async () => [] } } as unknown as PhotosClient
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <PhotosClientProvider client={client}>{children}</PhotosClientProvider>
      </QueryClientProvider>
    </I18nextProvider>
  )
}

const renderViewer = (props: { item: MediaItem; prev?: MediaItem; next?: MediaItem }) =>
  render(<MediaViewer loading={false} onStep={() => {}} onClose={() => {}} {...props} />, { wrapper: Providers })

// The stage is 1200×800 CSS pixels in jsdom (src/test/setup.ts), at devicePixelRatio 1.
const fullSize = (item: MediaItem) => mediaUrl(item.baseUrl!, { width: 1200, height: 800, dpr: 1 })

describe('MediaViewer', () => {
  it("shows the grid's thumbnail at once, scaled to the photo's box, until the full image has loaded", () => {
    const item = photo(1)
    const gridThumbnail = `${item.baseUrl}=w384-h256-c`
    rememberShownThumbnail(gridThumbnail)
    renderViewer({ item })
    const full = screen.getByRole('img', { name: 'IMG_1.jpg' })
    expect(full).toHaveAttribute('src', fullSize(item))
    const preview = document.querySelector('[role="dialog"] img[aria-hidden="true"]')
    expect(preview).toHaveAttribute('src', gridThumbnail)
    expect(preview).toHaveClass('object-cover', 'size-full')
    fireEvent.load(full)
    expect(document.querySelector('[role="dialog"] img[aria-hidden="true"]')).toBeNull()
    expect(full).toHaveClass('opacity-100')
  })

  it('without a grid thumbnail (opened from a link) starts from a small image of the item', () => {
    const item = photo(2)
    renderViewer({ item })
    expect(document.querySelector('[role="dialog"] img[aria-hidden="true"]')?.getAttribute('src')).toMatch(/^https:\/\/example\.test\/media\/2=w\d+-h256$/)
  })

  it('preloads the previous and next photos at the size it will show them', () => {
    const requested: string[] = []
    const srcSetter = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set!
    vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLImageElement, value: string) {
      requested.push(value)
      srcSetter.call(this, value)
    })
    const [prev, item, next] = [photo(3), photo(4), photo(5)]
    renderViewer({ item, prev, next })
    expect(requested).toEqual(expect.arrayContaining([fullSize(prev), fullSize(next)]))
  })

  it('shows a neighbour it preloaded and decoded in the first frame of the step, with no placeholder or fade', async () => {
    const [item, next, after] = [photo(6), photo(7), photo(8)]
    const view = renderViewer({ item, next })
    await act(async () => {}) // the neighbour's decode() resolves
    view.rerender(<MediaViewer loading={false} onStep={() => {}} onClose={() => {}} item={next} prev={item} next={after} />)
    const full = screen.getByRole('img', { name: 'IMG_7.jpg' })
    expect(full).toHaveClass('opacity-100')
    expect(full).not.toHaveClass('transition-opacity')
    expect(document.querySelector('[role="dialog"] img[aria-hidden="true"]')).toBeNull()
  })

  it('fades in an image that was not preloaded once it loads', () => {
    renderViewer({ item: photo(9) })
    const full = screen.getByRole('img', { name: 'IMG_9.jpg' })
    expect(full).toHaveClass('opacity-0', 'transition-opacity')
    fireEvent.load(full)
    expect(full).toHaveClass('opacity-100')
  })
})
