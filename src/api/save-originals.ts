// Saving originals loads its code (and the zip writer) when first used: it is not part of the first screen.
import type { SaveOptions, SaveResult } from './originals'
import type { MediaItem } from './types'

/** Saves the originals: one item directly from its URL, several as one zip (see originals.ts). */
export async function saveOriginals(items: readonly MediaItem[], options: SaveOptions): Promise<SaveResult> {
  const { saveOriginals: save } = await import('./originals')
  return save(items, options)
}
