// Public surface of the viewer: the viewer route's screen (its grid hands it the items through the viewer hand-off).
export { MediaViewerScreen } from './MediaViewerScreen'
