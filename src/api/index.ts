// Public surface of the API client.
export { type BackendCapabilities, type PhotosClient, type PhotosClientOptions } from './client'
export { PickerError, isPickerError, bytesReady, isVideo as isPickedVideo, type PickingSession, type PickedMediaItem } from './picked-items'
export type { PickerApi } from './picker'
export * from './errors'
export type { CallOptions } from './context'
export type { AlbumsPage, AlbumPatch } from './albums'
// Types only: the uploads code loads with the first upload (see lazyUploadsApi in client.ts).
export type {
  UploadInput,
  UploadFileResult,
  UploadProgressEvent,
} from './uploads'
export * from './upload-validation'
export * from './media-url'
export { saveOriginals } from './save-originals'
export type { SaveOptions, SaveProgress, SaveResult } from './originals'
export * from './quota'
export * from './types'
export { readEmulatorProfile, resetEmulator, setEmulatorProfile, type EmulatorProfile } from './emulator-control'
export { albumTitleProblem } from './album-title'
