import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { useGridMedia } from '../components/media-grid/grid-media'
import { GridMediaProvider } from './grid-media'
import { PhotosClientProvider } from './client-context'
import type { PhotosClient } from '../api'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>
    <PhotosClientProvider client={{} as PhotosClient}>
      <GridMediaProvider>{children}</GridMediaProvider>
    </PhotosClientProvider>
  </QueryClientProvider>
)

describe('grid thumbnail URLs', () => {
  const item = { id: 'a', baseUrl: 'https://lh3.example/lr/a' }
  const urlFor = (width: number, height: number, dpr: number, crop = false) =>
    renderHook(() => useGridMedia(), { wrapper }).result.current.thumbnailUrl(item, { width, height, crop, dpr })

  it('fit the photo into a square of the cell’s long side, in a size bucket, for any shape of cell', () => {
    // A 3:2 cell and a 4:3 cell of the same width ask for the same file; so does a portrait cell of that height.
    expect(urlFor(170, 113, 1.5)).toBe('https://lh3.example/lr/a=w192-h192')
    expect(urlFor(170, 128, 1.5)).toBe('https://lh3.example/lr/a=w192-h192')
    expect(urlFor(113, 170, 1.5)).toBe('https://lh3.example/lr/a=w192-h192')
    // Never more than 1.5 image pixels per CSS pixel, whatever the screen's density.
    expect(urlFor(240, 160, 3)).toBe('https://lh3.example/lr/a=w256-h256')
  })

  it('keep the cell’s own shape for a crop', () => {
    expect(urlFor(170, 113, 1.5, true)).toBe('https://lh3.example/lr/a=w192-h128-c')
  })
})
