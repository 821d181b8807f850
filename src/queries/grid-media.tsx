// The media grid's link to the data layers (see components/media-grid/grid-media.ts): thumbnail and video URLs
// from the one URL helper, a cell's image failure through the baseUrl refresher, and saving originals.
import { useMemo, type ReactNode } from 'react'
import { mediaUrl, saveOriginals, thumbnailPixels, videoUrl } from '../api'
import { GridMediaContext, type GridMedia } from '../components/media-grid/grid-media'
import { useMediaItemImageErrorHandler } from './fresh-media'

export function GridMediaProvider({ children }: { children: ReactNode }) {
  const media = useMemo<GridMedia>(
    () => ({
      thumbnailUrl: (item, box) =>
        item.baseUrl
          ? mediaUrl(item.baseUrl, { width: thumbnailPixels(box.width, box.dpr), height: thumbnailPixels(box.height, box.dpr), crop: box.crop })
          : undefined,
      videoUrl: (item) => (item.baseUrl ? videoUrl(item.baseUrl) : undefined),
      useImageFailure: useMediaItemImageErrorHandler,
      saveOriginals,
    }),
    [],
  )
  return <GridMediaContext.Provider value={media}>{children}</GridMediaContext.Provider>
}
