// Why an upload failed, for the queue: the kind of failure (its copy) and whether a Retry could ever succeed.
import { isNetworkError, isPhotosError, type UploadFileResult } from '../../api'
import { isPermanentRefusal, isStorageFull } from '../../components/ui/describe-error'
import type { UploadEntry } from './queue'

export interface UploadFailure {
  errorKind: NonNullable<UploadEntry['errorKind']>
  errorDetail?: string
  /** The server refused for good (a 4xx, or batchCreate judged the file itself): no Retry is offered. */
  permanent: boolean
}

/** google.rpc codes that batchCreate gives an item it will refuse again: INVALID_ARGUMENT, PERMISSION_DENIED, FAILED_PRECONDITION, OUT_OF_RANGE. */
const PERMANENT_ITEM_CODES: ReadonlySet<number> = new Set([3, 7, 9, 11])

/**
 * batchCreate's per-item refusal of the file's contents (e.g. not an image, though named .jpg); Google answers it
 * with code 13 and these words, and the same bytes are refused again. A stale upload token is not permanent: a
 * Retry uploads the bytes again and gets a new one.
 */
const CONTENT_REFUSED = /error while trying to create this media item/i
const STALE_TOKEN = /upload token/i

export function uploadFailureOf(result: UploadFileResult): UploadFailure {
  const error = result.error
  if (isPhotosError(error)) {
    if (isNetworkError(error) || error.kind === 'outcome-unknown') return { errorKind: 'network', permanent: false }
    if (error.kind === 'http') {
      const status = error.httpStatus
      const permanent = isPermanentRefusal(error)
      if (isStorageFull(error)) return { errorKind: 'storage', errorDetail: error.message, permanent: false }
      if (status === 429) return { errorKind: 'quota', errorDetail: error.message, permanent }
      if (status === 401 || status === 403) return { errorKind: 'permission', errorDetail: error.message, permanent }
      if (status >= 500) return { errorKind: 'server', errorDetail: error.message, permanent }
      return { errorKind: 'rejected', errorDetail: error.message, permanent }
    }
    return { errorKind: 'rejected', errorDetail: error.message, permanent: false }
  }
  // A per-item Status from batchCreate: the call went through and the server judged this one file.
  const message = error?.message ?? undefined
  const code = error && 'code' in error && typeof error.code === 'number' ? error.code : undefined
  const permanent = (message !== undefined && CONTENT_REFUSED.test(message)) || (code !== undefined && PERMANENT_ITEM_CODES.has(code) && !STALE_TOKEN.test(message ?? ''))
  return { errorKind: 'rejected', errorDetail: message, permanent }
}
