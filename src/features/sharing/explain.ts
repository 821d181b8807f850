// Turns what a sharing call threw into what Shoebox tells the user. Since March 2025 Google answers every sharing
// method with 403 PERMISSION_DENIED; that gets a plain explanation and a link to Google Photos, never "Error 403".
import { isAbortedError, isApiError, isNetworkError, isOutcomeUnknownError } from '../../api'

export type SharingOperation = 'share' | 'unshare' | 'list' | 'get' | 'join' | 'leave' | 'add'

type SharingProblem =
  /** Google's 2025 change: sharing is no longer available to apps. */
  | 'sharingRetired'
  /** The album was not created by Shoebox (only app-created albums can be shared or changed). */
  | 'notAppCreated'
  /** The link or token does not lead to a shared album (never existed, or sharing was stopped). */
  | 'linkInvalid'
  /** The owner tried to leave, or someone left twice. */
  | 'cannotLeave'
  | 'signedOut'
  | 'rateLimited'
  | 'offline'
  | 'outcomeUnknown'
  | 'aborted'
  | 'generic'

export const GOOGLE_PHOTOS_SHARING_URL = 'https://photos.google.com/sharing'

export interface Explanation {
  problem: SharingProblem
  /** Where the user can do it instead (the album in Google Photos, else Google Photos' sharing page). */
  href?: string
  /** Seconds until a retry makes sense (429). */
  retryAfterSeconds?: number
}

export function explainSharingError(error: unknown, operation: SharingOperation, productUrl?: string): Explanation {
  if (isApiError(error)) {
    switch (error.status) {
      case 'PERMISSION_DENIED':
        if (/created by (this|your) app/i.test(error.message)) return { problem: 'notAppCreated', href: productUrl }
        return { problem: 'sharingRetired', href: productUrl ?? GOOGLE_PHOTOS_SHARING_URL }
      case 'NOT_FOUND':
        return { problem: operation === 'share' || operation === 'unshare' ? 'generic' : 'linkInvalid' }
      case 'FAILED_PRECONDITION':
        return { problem: operation === 'leave' ? 'cannotLeave' : 'generic' }
      case 'INVALID_ARGUMENT':
        if (/no permission/i.test(error.message)) return { problem: 'notAppCreated', href: productUrl }
        return { problem: operation === 'get' || operation === 'join' ? 'linkInvalid' : 'generic' }
      case 'UNAUTHENTICATED':
        return { problem: 'signedOut' }
      case 'RESOURCE_EXHAUSTED':
        return {
          problem: 'rateLimited',
          retryAfterSeconds: error.retryAfterMs !== undefined ? Math.ceil(error.retryAfterMs / 1000) : undefined,
        }
      default:
        return { problem: 'generic' }
    }
  }
  if (isNetworkError(error)) return { problem: 'offline' }
  if (isOutcomeUnknownError(error)) return { problem: 'outcomeUnknown' }
  if (isAbortedError(error)) return { problem: 'aborted' }
  return { problem: 'generic' }
}
