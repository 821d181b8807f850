// The media grid's link to the data layers (see components/media-grid/grid-media.ts): thumbnail and video URLs
// from the one URL helper, a cell's image failure through the baseUrl refresher, and saving originals.
import { useMemo, type ReactNode } from 'react'
import { mediaUrl, saveOriginals, thumbnailPixels, videoUrl } from '../api'
import { GridMediaContext, type GridMedia } from '../components/media-grid/grid-media'
import { useMediaItemImageErrorHandler } from './fresh-media'

/**
 * A justified cell has its photo's shape, so fitting the photo into a square of the cell's long side (in a size
 * bucket) gives the same pixels as fitting it into the cell, with a long side that is always a bucket: the same
 * file for every cell of that size, and a ready-made one in the demo. A crop needs the cell's own shape.
 */
function thumbnailBox(box: { width: number; height: number; crop: boolean; dpr: number }) {
  if (box.crop) return { width: thumbnailPixels(box.width, box.dpr), height: thumbnailPixels(box.height, box.dpr), crop: true }
  const side = thumbnailPixels(Math.max(box.width, box.height), box.dpr)
  return { width: side, height: side }
}

export function GridMediaProvider({ children }: { children: ReactNode }) {
  const media = useMemo<GridMedia>(
    () => ({
      thumbnailUrl: (item, box) => (item.baseUrl ? mediaUrl(item.baseUrl, thumbnailBox(box)) : undefined),
      videoUrl: (item) => (item.baseUrl ? videoUrl(item.baseUrl) : undefined),
      useImageFailure: useMediaItemImageErrorHandler,
      saveOriginals,
    }),
    [],
  )
  return <GridMediaContext.Provider value={media}>{children}</GridMediaContext.Provider>
}
