// Public surface of the API client.
export { createPhotosClient, GOOGLE_PICKER_URL, type BackendCapabilities, type PhotosClient, type PhotosClientOptions } from './client'
export {
  PickerError,
  isPickerError,
  parseDuration,
  bytesReady,
  isVideo as isPickedVideo,
  type PickerApi,
  type PickerProblem,
  type PickingSession,
  type PickedMediaItem,
  type PollClock,
  type VisibilitySource,
  type WaitOptions,
} from './picker'
export * from './errors'
export type { CallOptions, BatchOptions } from './context'
export type { GetAccessToken, QuotaEvent, RetryEvent } from './http'
export type { AlbumsApi, AlbumsPage, AlbumPatch, ListAlbumsParams } from './albums'
export { isCreated, isOutcomeUnknownResult, OUTCOME_UNKNOWN_CODE, type MediaItemsApi, type MediaItemsPage, type BatchCreateOptions } from './media-items'
export type { SharedAlbumsApi, SharedAlbumsPage, ListSharedAlbumsParams } from './shared-albums'
export {
  encodeFileNameHeader,
  type UploadsApi,
  type UploadBytesOptions,
  type UploadInput,
  type UploadFileResult,
  type UploadFileStatus,
  type UploadFilesOptions,
  type UploadProgressEvent,
  type UploadConfig,
} from './uploads'
export * from './upload-validation'
export * from './media-url'
export * from './quota'
export { defaultRetryPolicy, defaultSleep, retryDelayMs, type RetryPolicy, type Sleep } from './retry'
export { chunk } from './paging'
export * from './types'
export { readEmulatorProfile, resetEmulator, setEmulatorProfile, type EmulatorProfile } from './emulator-control'
export { ALBUM_TITLE_MAX, albumTitleProblem, type TitleProblem } from './album-title'
