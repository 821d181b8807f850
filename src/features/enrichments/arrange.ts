// Where Shoebox's own enrichments sit among an album's media items. The API lists only media items, so each
// enrichment keeps the entry it followed when it was added (`after`, null = first) and a few entries before that
// (`context`); replaying the insertions in creation order rebuilds the order the server holds.
import type { AlbumPosition } from '../../api/types'

/** How many preceding entries a record remembers, for when the entry it followed leaves the album. */
export const CONTEXT_SIZE = 8

export interface Placement {
  /** The entry (media item or enrichment id) this one follows; null when it was inserted first. */
  after: string | null
  /** Entries that preceded it when it was added, nearest first (after `after`). */
  context: string[]
}

export interface Placed {
  id: string
  /** Creation order. */
  seq: number
  placement: Placement
}

export type StoryEntry<R> = { kind: 'media'; id: string; index: number } | { kind: 'enrichment'; id: string; record: R }

/**
 * The entry ids in album order: media items as the server lists them, with each record inserted where it was.
 * While the list is incomplete (pages not loaded yet), a record whose anchor is not loaded is left out rather than
 * guessed; once complete, a record whose anchor left the album follows the nearest earlier entry still there.
 */
export function arrange<R extends Placed>(mediaIds: readonly string[], records: readonly R[], complete = true): StoryEntry<R>[] {
  const entries: StoryEntry<R>[] = mediaIds.map((id, index) => ({ kind: 'media', id, index }))
  const indexOf = (id: string) => entries.findIndex((e) => e.id === id)
  for (const record of [...records].sort((a, b) => a.seq - b.seq)) {
    const { after, context } = record.placement
    let at: number | undefined
    if (after === null) at = 0
    else {
      const i = indexOf(after)
      if (i >= 0) at = i + 1
      else if (complete) {
        at = 0
        for (const id of context) {
          const j = indexOf(id)
          if (j >= 0) {
            at = j + 1
            break
          }
        }
      }
    }
    if (at !== undefined) entries.splice(at, 0, { kind: 'enrichment', id: record.id, record })
  }
  return entries
}

export class PositionError extends Error {
  constructor(readonly reason: 'unknownAnchor' | 'incomplete' | 'unspecified') {
    super(`cannot place the enrichment: ${reason}`)
  }
}

/**
 * Resolves an API position against the album as it is now (all of it: LAST needs the real end), giving the
 * placement to record once the server accepts the enrichment.
 */
export function placementFor(position: AlbumPosition, order: readonly string[], complete = true): Placement {
  const before = (endExclusive: number): Placement => {
    const preceding = order.slice(Math.max(0, endExclusive - CONTEXT_SIZE - 1), endExclusive).reverse()
    return preceding.length ? { after: preceding[0], context: preceding.slice(1) } : { after: null, context: [] }
  }
  switch (position.position) {
    case 'FIRST_IN_ALBUM':
      return { after: null, context: [] }
    case 'LAST_IN_ALBUM':
      if (!complete) throw new PositionError('incomplete')
      return before(order.length)
    case 'AFTER_MEDIA_ITEM':
    case 'AFTER_ENRICHMENT_ITEM': {
      const anchor = position.position === 'AFTER_MEDIA_ITEM' ? position.relativeMediaItemId : position.relativeEnrichmentItemId
      const i = anchor ? order.indexOf(anchor) : -1
      if (i < 0) throw new PositionError('unknownAnchor')
      return before(i + 1)
    }
    default:
      throw new PositionError('unspecified')
  }
}
