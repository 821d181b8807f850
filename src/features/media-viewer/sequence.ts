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

/** Router state marking a viewer opened from its grid: closing then goes Back instead of pushing the grid. */
export const FROM_GRID = { fromGrid: true } as const
