// The media grid's public surface, shared by every view that shows a list of photos.
export { MediaGrid, type GridExtra } from './MediaGrid'
export { SelectionBar } from './SelectionBar'
export { GridSkeleton } from './GridSkeleton'
export { prepareDateLabels } from './dates'
export { DownloadProgress } from './DownloadProgress'
export { emptySelection, selectionReducer } from './selection'
export { useGridPage } from './use-grid-page'
export { openedFromGrid, useViewerHandOff, type ViewerHandOff } from './viewer-hand-off'
