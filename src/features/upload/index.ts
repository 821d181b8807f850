// Public surface of the upload feature: its page, and what other screens mount (the page-wide drop targets, the
// progress card, Add from Google Photos).
export { UploadPage } from './UploadPage'
export { AnywhereDropTarget, UploadDropTarget } from './UploadDropTarget'
export { UploadDock } from './UploadDock'
export { AddFromGooglePhotosButton } from './google-photos/AddFromGooglePhotos'
