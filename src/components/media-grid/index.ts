// The media grid's public surface, shared by every view that shows a list of photos.
export { MediaGrid, type GridExtra, type MediaGridHandle, type MediaGridProps } from './MediaGrid'
export { SelectionBar } from './SelectionBar'
export { GridSkeleton } from './GridSkeleton'
export { emptySelection, selectionReducer, allSelected, type SelectionAction, type SelectionState } from './selection'
export { formatDuration } from './video-duration'
