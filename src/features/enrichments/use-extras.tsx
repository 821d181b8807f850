// Grid extras for the album page: the enrichments in place, and "insert here" rows for the owner.
import { useMemo, type ReactNode } from 'react'
import type { Album, MediaItem } from '../../api/types'
import { BLOCK_HEIGHT, INSERT_ROW_HEIGHT } from './heights'
import { kindOf } from './record'
import { BlockWithInsert, InsertHereControl } from './Story'
import { useStoryEntries } from './use-story'

/** The same shape as the media grid's GridExtra (features do not import each other). */
export interface StoryExtra {
  key: string
  beforeIndex: number
  height: number
  render: () => ReactNode
}

/** Enrichments can be added by the album's owner, to albums created with this app (isWriteable tells both). */
export function canAddEnrichments(album: Album | undefined): boolean {
  return !!album?.isWriteable && (!album.shareInfo || !!album.shareInfo.isOwned)
}

/**
 * Grid extras for the album: every locally recorded enrichment in place, plus insert rows for an owner.
 * `items` are the album's media items as loaded, in album order; `complete` is true once every page is loaded.
 */
export function useAlbumEnrichmentExtras({
  albumId,
  items,
  complete,
  editable,
}: {
  albumId: string
  items: readonly MediaItem[]
  complete: boolean
  editable: boolean
}): StoryExtra[] {
  const mediaIds = useMemo(() => items.map((m) => m.id ?? ''), [items])
  const entries = useStoryEntries(albumId, mediaIds, complete)
  return useMemo(() => {
    const extras: StoryExtra[] = []
    // An empty album shows the page's own empty state (its header still has "Add to story").
    const showInserts = editable && entries.length > 0
    if (showInserts) {
      extras.push({
        key: 'insert:start',
        beforeIndex: 0,
        height: INSERT_ROW_HEIGHT,
        render: () => <InsertHereControl albumId={albumId} position={{ position: 'FIRST_IN_ALBUM' }} />,
      })
    }
    let mediaBefore = 0
    for (const entry of entries) {
      if (entry.kind === 'media') {
        mediaBefore++
        continue
      }
      const record = entry.record
      extras.push({
        key: `enrichment:${record.id}`,
        beforeIndex: mediaBefore,
        height: BLOCK_HEIGHT[kindOf(record.item)],
        render: () => <BlockWithInsert albumId={albumId} record={record} editable={editable} />,
      })
    }
    if (showInserts && complete) {
      extras.push({
        key: 'insert:end',
        beforeIndex: mediaIds.length,
        height: INSERT_ROW_HEIGHT,
        render: () => <InsertHereControl albumId={albumId} position={{ position: 'LAST_IN_ALBUM' }} />,
      })
    }
    return extras
  }, [entries, editable, complete, albumId, mediaIds.length])
}

