// The story as a plain list (photos and enrichment blocks), for views that do not use the media grid.
import type { ReactNode } from 'react'
import type { MediaItem } from '../../api/types'
import { useAlbumEnrichmentExtras } from './use-extras'

/** For views without the grid (and tests): the story as a plain list of enrichment blocks and photos. */
export function AlbumEnrichments({ albumId, items, complete, editable, renderItem }: {
  albumId: string
  items: readonly MediaItem[]
  complete: boolean
  editable: boolean
  renderItem: (item: MediaItem, index: number) => ReactNode
}) {
  const extras = useAlbumEnrichmentExtras({ albumId, items, complete, editable })
  const out: ReactNode[] = []
  let e = 0
  for (let i = 0; i <= items.length; i++) {
    while (e < extras.length && extras[e].beforeIndex <= i) {
      const x = extras[e++]
      out.push(<div key={x.key} style={{ height: x.height }}>{x.render()}</div>)
    }
    if (i < items.length) out.push(<div key={items[i].id ?? i}>{renderItem(items[i], i)}</div>)
  }
  return <>{out}</>
}
