// The one typed hand-off between a grid page and the viewer nested over it (through the router's Outlet).
import { useOutletContext } from 'react-router'
import type { MediaItem } from '../../api'

export interface ViewerHandOff {
  /** The grid's items, in its order: the viewer steps through them. */
  items: readonly MediaItem[]
  hasMore: boolean
  loadMore: () => void
  /** The viewer's path for an item of this grid. */
  pathFor: (itemId: string) => string
  /** The grid's own path (closing a viewer that was opened by a link goes there). */
  closePath: string
  /** The viewer shows this item: its cell becomes the one focus returns to. */
  onShow: (itemId: string) => void
  /** Shared albums: the info panel names who added the item. */
  showContributor: boolean
}

/** Router state of a viewer opened from its grid: closing it goes Back instead of pushing the grid again. */
export interface ViewerLocationState {
  fromGrid: true
}

export const fromGridState: ViewerLocationState = { fromGrid: true }

export function openedFromGrid(state: unknown): state is ViewerLocationState {
  return typeof state === 'object' && state !== null && (state as Partial<ViewerLocationState>).fromGrid === true
}

/** For the viewer route: what its grid page handed over. */
export const useViewerHandOff = () => useOutletContext<ViewerHandOff>()
