import type { MediaItem } from '../../api'

/** What a grid page hands its nested viewer route (through the Outlet context). */
export interface ViewerSequence {
  items: readonly MediaItem[]
  hasMore: boolean
  loadMore: () => void
  pathFor: (itemId: string) => string
  closePath: string
  /** Called after the viewer closed, with the item it showed last (the grid focuses it). */
  onClosed?: (itemId: string) => void
  showContributor?: boolean
}
