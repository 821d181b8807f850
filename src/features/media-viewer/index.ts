// Public surface of the viewer: the viewer route's screen and the sequence its grid hands it.
export { MediaViewerScreen } from './MediaViewerScreen'
export type { ViewerSequence } from './sequence'
