// Google-shaped error bodies: {"error":{"code","message","status"[,"details"]}}.

export type RpcStatus =
  | 'INVALID_ARGUMENT'
  | 'FAILED_PRECONDITION'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'RESOURCE_EXHAUSTED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'UNIMPLEMENTED'
  | 'DEADLINE_EXCEEDED'
  | 'ABORTED'

export const rpcCodes: Record<RpcStatus, number> = {
  INVALID_ARGUMENT: 3,
  FAILED_PRECONDITION: 9,
  UNAUTHENTICATED: 16,
  PERMISSION_DENIED: 7,
  NOT_FOUND: 5,
  RESOURCE_EXHAUSTED: 8,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNIMPLEMENTED: 12,
  DEADLINE_EXCEEDED: 4,
  ABORTED: 10,
}

const httpFor: Record<RpcStatus, number> = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  RESOURCE_EXHAUSTED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  UNIMPLEMENTED: 501,
  DEADLINE_EXCEEDED: 504,
  ABORTED: 409,
}

export const statusForHttp: Record<number, RpcStatus> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
}

export class ApiError extends Error {
  readonly httpStatus: number
  readonly status: RpcStatus
  readonly details?: Record<string, unknown>[]
  readonly headers?: Record<string, string>

  constructor(status: RpcStatus, message: string, opts?: { http?: number; details?: Record<string, unknown>[]; headers?: Record<string, string> }) {
    super(message)
    this.status = status
    this.httpStatus = opts?.http ?? httpFor[status]
    this.details = opts?.details
    this.headers = opts?.headers
  }

  body(): { error: { code: number; message: string; status: string; details?: Record<string, unknown>[] } } {
    const error: { code: number; message: string; status: string; details?: Record<string, unknown>[] } = {
      code: this.httpStatus,
      message: this.message,
      status: this.status,
    }
    if (this.details) error.details = this.details
    return { error }
  }
}

export const invalid = (message: string): ApiError => new ApiError('INVALID_ARGUMENT', message)

/** Google's "Invalid JSON payload" 400, with the BadRequest field violation it carries. */
export function badPayload(message: string, field = ''): ApiError {
  return new ApiError('INVALID_ARGUMENT', message, {
    details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field, description: message }] }],
  })
}

export const messages = {
  unauthenticated:
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
  insufficientScopes: 'Request had insufficient authentication scopes.',
  notFound: 'Requested entity was not found.',
  invalidAlbumId: 'Invalid album ID.',
  invalidMediaItemId: 'Invalid media item ID.',
  invalidMediaItemIdInRequest: 'Request contains an invalid media item id.',
  noPermissionToAdd: 'No permission to add media items to this album.',
  batchCreateTooMany: 'Request must have less than 50 items.',
  quotaMinute:
    "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'photoslibrary.googleapis.com' for consumer 'project_number:000000000000'.",
  quotaDaily:
    "Quota exceeded for quota metric 'All requests' and limit 'All requests per day' of service 'photoslibrary.googleapis.com' for consumer 'project_number:000000000000'.",
  internal: 'Internal error encountered.',
  unavailable: 'The service is currently unavailable.',
  sharingRemoved:
    'The Library API no longer supports shared albums: this method returns PERMISSION_DENIED since March 31, 2025.',
  badPageToken: 'The page token is invalid or does not match the request parameters.',
} as const
