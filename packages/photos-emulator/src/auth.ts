// Bearer tokens and OAuth scopes. The emulator has no OAuth server: a token's text names its user and,
// optionally, its scopes, so tests and the e2e sign-in stand-in can hand out exactly what a user granted.
//
//   demo                                   user "demo", every scope
//   demo~7                                 the same user ("~" and what follows only make tokens distinct)
//   demo~7;scopes=photoslibrary.appendonly,photoslibrary.readonly.appcreateddata
//                                          user "demo", only those scopes (the auth/ prefix may be left out)
//   demo~7~expired, demo~7;scopes=a,b~expired
//                                          expired: 401, whatever comes before
//
// Library methods and the Picker API both call `authorize` (or `authenticate` then `requireScopes`).
import { ApiError, messages } from './errors'
import type { Profile } from './types'

const SCOPE_PREFIX = 'https://www.googleapis.com/auth/'

export const SCOPES = {
  library: 'photoslibrary',
  readonly: 'photoslibrary.readonly',
  sharing: 'photoslibrary.sharing',
  appendonly: 'photoslibrary.appendonly',
  readonlyAppCreated: 'photoslibrary.readonly.appcreateddata',
  editAppCreated: 'photoslibrary.edit.appcreateddata',
  picker: 'photospicker.mediaitems.readonly',
} as const

/** Removed by Google on 31 March 2025: under the 2025 profile they grant nothing. */
const RETIRED_SCOPES: readonly string[] = [SCOPES.library, SCOPES.readonly, SCOPES.sharing]

export interface Caller {
  user: string
  /** The scopes the token carries (short names); `'all'` for a token that does not name any. */
  scopes: ReadonlySet<string> | 'all'
}

/** Who answers for a method in the ErrorInfo of an insufficient-scopes 403. */
export interface RpcName {
  service: string
  method: string
}

const SCOPES_MARK = ';scopes='
const EXPIRED_MARK = '~expired'
const USER_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/

const unauthenticated = (): ApiError =>
  new ApiError('UNAUTHENTICATED', messages.unauthenticated, {
    headers: { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
  })

const shortScope = (s: string): string => (s.startsWith(SCOPE_PREFIX) ? s.slice(SCOPE_PREFIX.length) : s)

function bearerToken(request: Request, url: URL): string | undefined {
  const header = request.headers.get('Authorization')
  if (header) return /^Bearer\s+(.+)$/i.exec(header.trim())?.[1].trim()
  return url.searchParams.get('access_token') ?? url.searchParams.get('oauth_token') ?? undefined
}

/** Parses a token's text into its caller; throws the 401 for a missing, malformed or expired token. */
export function parseToken(token: string | undefined): Caller {
  if (!token) throw unauthenticated()
  const mark = token.indexOf(SCOPES_MARK)
  const head = mark < 0 ? token : token.slice(0, mark)
  // "~expired" at the very end, or at the end of the part before ";scopes=", expires the token.
  if (token.endsWith(EXPIRED_MARK) || head.endsWith(EXPIRED_MARK)) throw unauthenticated()
  const user = head.split('~')[0]
  if (!USER_PATTERN.test(user)) throw unauthenticated()
  if (mark < 0) return { user, scopes: 'all' }
  const list = token.slice(mark + SCOPES_MARK.length).split(',').map((s) => shortScope(s.trim())).filter(Boolean)
  return { user, scopes: new Set(list) }
}

/** The caller of a request, from `Authorization: Bearer …` (or the `access_token` query parameter). */
export function authenticate(request: Request, url: URL = new URL(request.url)): Caller {
  return parseToken(bearerToken(request, url))
}

/** True if `scopes` hold at least one of `anyOf` (a token that names no scopes holds them all). */
function grantsAny(scopes: Caller['scopes'], anyOf: readonly string[]): boolean {
  return scopes === 'all' ? anyOf.length > 0 : anyOf.some((s) => scopes.has(s))
}

/** Throws Google's insufficient-scopes 403 unless the caller holds at least one of `anyOf`. */
export function requireScopes(caller: Caller, anyOf: readonly string[], rpc: RpcName): void {
  if (grantsAny(caller.scopes, anyOf)) return
  throw insufficientScopes(rpc, anyOf)
}

/** authenticate + requireScopes in one call: `const { user } = authorize(request, [SCOPES.picker], rpc)`. */
export function authorize(request: Request, anyOf: readonly string[], rpc: RpcName): Caller {
  const caller = authenticate(request)
  requireScopes(caller, anyOf, rpc)
  return caller
}

function insufficientScopes(rpc: RpcName, anyOf: readonly string[] = []): ApiError {
  const scope = anyOf.map((s) => SCOPE_PREFIX + s).join(' ')
  return new ApiError('PERMISSION_DENIED', messages.insufficientScopes, {
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
        domain: 'googleapis.com',
        metadata: { service: rpc.service, method: rpc.method },
      },
    ],
    headers: {
      'WWW-Authenticate': `Bearer realm="https://accounts.google.com/", error="insufficient_scope"${scope ? `, scope="${scope}"` : ''}`,
    },
  })
}

// ---- the Library API's scopes -------------------------------------------------------------------------

const { library, readonly, sharing, appendonly, readonlyAppCreated, editAppCreated } = SCOPES
const READ: readonly string[] = [library, readonly, readonlyAppCreated]

/**
 * Each method's scopes under the legacy profile: the 2024 discovery document (revision 20240626, contract §2.2
 * "Legacy"), plus the upload endpoint (not in the document; it takes what batchCreate takes). The proto RPC name
 * goes into ErrorInfo.
 */
export const LIBRARY_METHODS: Record<string, { legacyScopes: readonly string[]; rpc: string }> = {
  'albums.addEnrichment': { legacyScopes: [library, appendonly, sharing], rpc: 'AddEnrichmentToAlbum' },
  'albums.batchAddMediaItems': { legacyScopes: [library, appendonly, sharing], rpc: 'BatchAddMediaItemsToAlbum' },
  'albums.batchRemoveMediaItems': { legacyScopes: [library], rpc: 'BatchRemoveMediaItemsFromAlbum' },
  'albums.create': { legacyScopes: [library, appendonly, sharing], rpc: 'CreateAlbum' },
  'albums.get': { legacyScopes: READ, rpc: 'GetAlbum' },
  'albums.list': { legacyScopes: READ, rpc: 'ListAlbums' },
  'albums.patch': { legacyScopes: [editAppCreated], rpc: 'UpdateAlbum' },
  'albums.share': { legacyScopes: [sharing], rpc: 'ShareAlbum' },
  'albums.unshare': { legacyScopes: [sharing], rpc: 'UnshareAlbum' },
  'mediaItems.batchCreate': { legacyScopes: [library, appendonly, sharing], rpc: 'BatchCreateMediaItems' },
  'mediaItems.batchGet': { legacyScopes: READ, rpc: 'BatchGetMediaItems' },
  'mediaItems.get': { legacyScopes: READ, rpc: 'GetMediaItem' },
  'mediaItems.list': { legacyScopes: READ, rpc: 'ListMediaItems' },
  'mediaItems.patch': { legacyScopes: [editAppCreated], rpc: 'UpdateMediaItem' },
  'mediaItems.search': { legacyScopes: READ, rpc: 'SearchMediaItems' },
  'sharedAlbums.get': { legacyScopes: [sharing], rpc: 'GetSharedAlbum' },
  'sharedAlbums.join': { legacyScopes: [sharing], rpc: 'JoinSharedAlbum' },
  'sharedAlbums.leave': { legacyScopes: [sharing], rpc: 'LeaveSharedAlbum' },
  'sharedAlbums.list': { legacyScopes: READ, rpc: 'ListSharedAlbums' },
  uploads: { legacyScopes: [library, appendonly, sharing], rpc: 'UploadMedia' },
}

/** Google added edit.appcreateddata to these three "for conceptual consistency" in 2025 (contract §13). */
const EDIT_ADDED_IN_2025: readonly string[] = ['albums.addEnrichment', 'albums.batchAddMediaItems', 'albums.batchRemoveMediaItems']

/** The six methods Google closed on 31 March 2025. */
const SHARING_METHODS: readonly string[] = [
  'albums.share',
  'albums.unshare',
  'sharedAlbums.get',
  'sharedAlbums.join',
  'sharedAlbums.leave',
  'sharedAlbums.list',
]

/**
 * The scopes that grant a Library method under a profile. `2025` drops the retired scopes, adds
 * edit.appcreateddata where Google added it, and closes the sharing methods altogether (no scope grants them, so
 * they answer the insufficient-scopes 403).
 */
function libraryScopes(profile: Profile, method: string): readonly string[] {
  const entry = LIBRARY_METHODS[method]
  if (!entry) return []
  if (profile === 'legacy') return entry.legacyScopes
  if (SHARING_METHODS.includes(method)) return []
  const kept = entry.legacyScopes.filter((s) => !RETIRED_SCOPES.includes(s))
  return EDIT_ADDED_IN_2025.includes(method) ? [...kept, editAppCreated] : kept
}

function libraryRpc(method: string): RpcName {
  return { service: 'photoslibrary.googleapis.com', method: `google.photos.library.v1.PhotosLibrary.${LIBRARY_METHODS[method]?.rpc ?? method}` }
}

/** authorize for a Library method under the active profile. */
export function authorizeLibrary(request: Request, url: URL, profile: Profile, method: string): Caller {
  const caller = authenticate(request, url)
  requireScopes(caller, libraryScopes(profile, method), libraryRpc(method))
  return caller
}

/** The insufficient-scopes 403 of a Library method, for a call its scopes reach but do not cover (`wouldAllow`). */
export function insufficientLibraryScopes(method: string, wouldAllow: readonly string[]): ApiError {
  return insufficientScopes(libraryRpc(method), wouldAllow)
}

/** The scopes that let a legacy caller add media items and enrichments anywhere it otherwise may. */
export const ADD_ANYWHERE_SCOPES: readonly string[] = [library, appendonly]

/** What a caller's scopes allow inside a method it may call: what it sees, and where it may add. */
export interface Access {
  /**
   * Reads show only albums and media items the app created. Legacy: the method is a read and the caller's only
   * read scope is readonly.appcreateddata ("Read access to the media items and albums the developer created",
   * contract §2.1). Scopes add up, so photoslibrary or photoslibrary.readonly beside it shows the whole library.
   * Writes are not narrowed: their album and item checks answer as before. Always under `2025`.
   */
  appCreatedDataOnly: boolean
  /** shareInfo and contributorInfo may appear: legacy, with photoslibrary.sharing (contract §3 Album, MediaItem; §11). */
  seesSharingDetails: boolean
  /**
   * Where media items (batchCreate, batchAddMediaItems) and enrichments may go. Legacy: photoslibrary or
   * appendonly, anywhere the album rules allow; photoslibrary.sharing alone, only into shared albums (contract
   * §5, §10, §11); otherwise nowhere, so no album is writeable. `2025` is left as it was: each method's own
   * scope check is the whole rule there.
   */
  adds: 'anywhere' | 'sharedAlbumsOnly' | 'nowhere'
  /** The scopes let the caller create media items (batchCreate's), which isWriteable reports (contract §3 Album). */
  createsItems: boolean
}

/** A method is a read if readonly.appcreateddata grants it. */
const isReadMethod = (method: string): boolean => LIBRARY_METHODS[method]?.legacyScopes.includes(readonlyAppCreated) ?? false

export function accessOf(caller: Caller, profile: Profile, method: string): Access {
  const { scopes } = caller
  const createsItems = grantsAny(scopes, libraryScopes(profile, 'mediaItems.batchCreate'))
  if (profile === '2025') return { appCreatedDataOnly: true, seesSharingDetails: false, adds: 'anywhere', createsItems }
  return {
    appCreatedDataOnly: isReadMethod(method) && !grantsAny(scopes, [library, readonly]),
    seesSharingDetails: grantsAny(scopes, [sharing]),
    adds: grantsAny(scopes, ADD_ANYWHERE_SCOPES) ? 'anywhere' : grantsAny(scopes, [sharing]) ? 'sharedAlbumsOnly' : 'nowhere',
    createsItems,
  }
}
