/* eslint-disable react-refresh/only-export-components -- test helpers, never hot-reloaded */
// Test helpers for the grid: fake media items and the providers GridCell needs.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import i18next from 'i18next'
import type { MediaItem, PhotosClient } from '../../api'
import { GridMediaProvider, PhotosClientProvider } from '../../queries'
import en from '../../i18n/locales/en'

export function fakeItems(count: number, options: { startDay?: Date; perDay?: number; videoEvery?: number } = {}): MediaItem[] {
  const start = options.startDay ?? new Date(2024, 2, 14, 12)
  const perDay = options.perDay ?? 5
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() - Math.floor(i / perDay), 12, 59 - (i % perDay))
    const video = options.videoEvery && i % options.videoEvery === options.videoEvery - 1
    return {
      id: `item-${i}`,
      baseUrl: `https://example.test/media/${i}`,
      filename: `IMG_${i}.jpg`,
      mimeType: video ? 'video/mp4' : 'image/jpeg',
      mediaMetadata: {
        creationTime: day.toISOString(),
        width: String(i % 3 === 0 ? 3000 : 4000),
        height: String(i % 3 === 0 ? 4000 : 3000),
        ...(video ? { video: { status: 'READY' as const } } : { photo: {} }),
      },
    }
  })
}

export async function testI18n() {
  const instance = i18next.createInstance()
  await instance.init({ lng: 'en', resources: { en }, ns: Object.keys(en), defaultNS: 'common', interpolation: { escapeValue: false } })
  return instance
}

export function Providers({ children, i18n }: { children: ReactNode; i18n: typeof i18next }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const client = { mediaItems: { batchGet: async () => [] } } as unknown as PhotosClient
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <PhotosClientProvider client={client}>
          <GridMediaProvider>{children}</GridMediaProvider>
        </PhotosClientProvider>
      </QueryClientProvider>
    </I18nextProvider>
  )
}
