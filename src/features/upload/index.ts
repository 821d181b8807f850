// What other screens mount from the upload feature: the page-wide drop target and the progress card.
export { AnywhereDropTarget, UploadDropTarget } from './UploadDropTarget'
export { UploadDock } from './UploadDock'
export { AddFromGooglePhotosButton } from './google-photos/AddFromGooglePhotos'
