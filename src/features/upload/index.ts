// Public surface of the upload feature: its page, and what other screens mount (the page-wide drop target, the
// progress card, Add from Google Photos).
export { UploadPage } from './UploadPage'
export { UploadDropTarget } from './UploadDropTarget'
export { UploadDock } from './UploadDock'
export { AddFromGooglePhotosButton } from './google-photos/AddFromGooglePhotos'
