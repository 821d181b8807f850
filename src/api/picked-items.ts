// What the Picker API answers (sessions, picked items) and how picking can fail: kept apart from the Picker's
// client (picker.ts), which loads with "Add from Google Photos", so the app's views can know these at no cost.

interface PollingConfig {
  /** Duration string such as "5s". */
  pollInterval?: string
  timeoutIn?: string
}

export interface PickingSession {
  id: string
  pickerUri: string
  pollingConfig?: PollingConfig
  expireTime?: string
  pickingConfig?: { maxItemCount?: string }
  mediaItemsSet?: boolean
}

type VideoProcessingStatus = 'UNSPECIFIED' | 'PROCESSING' | 'READY' | 'FAILED'

interface MediaFileMetadata {
  width?: number
  height?: number
  cameraMake?: string
  cameraModel?: string
  photoMetadata?: { focalLength?: number; apertureFNumber?: number; isoEquivalent?: number; exposureTime?: string }
  videoMetadata?: { fps?: number; processingStatus?: VideoProcessingStatus }
}

interface PickedMediaFile {
  baseUrl?: string
  mimeType?: string
  filename?: string
  mediaFileMetadata?: MediaFileMetadata
}

export interface PickedMediaItem {
  id: string
  createTime?: string
  type?: 'TYPE_UNSPECIFIED' | 'PHOTO' | 'VIDEO'
  mediaFile?: PickedMediaFile
}

/** Why picking ended without items, or why a picked item's bytes cannot be had yet. */
export type PickerProblem = 'timeout' | 'closed' | 'not-ready' | 'no-bytes'

export class PickerError extends Error {
  override readonly name = 'PickerError'
  readonly problem: PickerProblem
  constructor(problem: PickerProblem, message: string) {
    super(message)
    this.problem = problem
  }
}

export const isPickerError = (e: unknown, problem?: PickerProblem): e is PickerError =>
  e instanceof PickerError && (problem === undefined || e.problem === problem)

/** "5s", "1.5s", "0s" → milliseconds; undefined for anything else. */
export function parseDuration(text: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(text?.trim() ?? '')
  return m ? Math.round(Number(m[1]) * 1000) : undefined
}

export const isVideo = (item: PickedMediaItem): boolean =>
  item.type === 'VIDEO' || (item.mediaFile?.mimeType ?? '').startsWith('video/')

/** A video's bytes exist only once Google finished processing it; photos are always ready. */
export const bytesReady = (item: PickedMediaItem): boolean =>
  !isVideo(item) || item.mediaFile?.mediaFileMetadata?.videoMetadata?.processingStatus === 'READY'
