// What the grid needs from the data layers, handed in from above so this shared UI imports no API code: image
// and video URLs for an item, a cell's image failure (the data layer refreshes an expired baseUrl), and saving
// originals. src/queries builds the real one (GridMediaProvider); tests give their own.
import { createContext, useContext } from 'react'
import type { MediaItem, SaveOptions, SaveResult } from '../../api'

export interface GridMedia {
  /** The thumbnail for a cell of this rendered size (CSS pixels), or undefined when the item has no image. */
  thumbnailUrl(item: MediaItem, box: { width: number; height: number; crop: boolean; dpr: number }): string | undefined
  /** The playable video (to read its duration), or undefined. */
  videoUrl(item: MediaItem): string | undefined
  /** A cell's image failed to load: `onError` asks for a fresh URL; `failed` once that cannot help. */
  useImageFailure(itemId: string | undefined): { onError: () => void; failed: boolean }
  /** Saves the originals: one item directly, several as one zip built as a stream. */
  saveOriginals(items: readonly MediaItem[], options: SaveOptions): Promise<SaveResult>
}

export const GridMediaContext = createContext<GridMedia | null>(null)

export function useGridMedia(): GridMedia {
  const media = useContext(GridMediaContext)
  if (!media) throw new Error('The media grid needs a GridMediaProvider above it.')
  return media
}
