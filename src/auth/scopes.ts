// The Google scopes Shoebox asks for, which API calls need which, and the granted/declined bookkeeping behind
// incremental consent: the least at sign-in, more only when a feature needs it, and never a scope Google retired
// when the API is Google's own.

const PREFIX = 'https://www.googleapis.com/auth/photoslibrary'
const AUTH = 'https://www.googleapis.com/auth'

export const SCOPES = {
  /** Upload bytes, create media items and albums, add enrichments. */
  appendOnly: `${PREFIX}.appendonly`,
  /** Read the albums and items Shoebox created (since 2025 the only read scope). */
  readAppCreated: `${PREFIX}.readonly.appcreateddata`,
  /** Edit titles, descriptions and covers of what Shoebox created; also batchAdd/batchRemove. */
  editAppCreated: `${PREFIX}.edit.appcreateddata`,
  /** Share, unshare, join and leave shared albums (removed by Google on 2025-03-31). */
  sharing: `${PREFIX}.sharing`,
  /** See and download only the items the user picks in Google Photos' own picker ("Add from Google Photos"). */
  picker: 'https://www.googleapis.com/auth/photospicker.mediaitems.readonly',
} as const

/**
 * Who is signed in: Google's user info (the account's email) names the session, so one account's cached data
 * and local records never show in another's, and renewals pass the account as a hint. Identity scopes are not
 * another Google product's, so they may share the Photos consent.
 */
export const IDENTITY_SCOPES: readonly string[] = ['openid', `${AUTH}/userinfo.email`]

/** Scopes Google removed on 2025-03-31: never asked of Google's own API (its consent would refuse them). */
export const RETIRED_SCOPES: readonly string[] = [PREFIX, `${PREFIX}.readonly`, SCOPES.sharing]

export const isRetiredScope = (scope: string) => RETIRED_SCOPES.includes(scope)

const GOOGLE_PHOTOS_API_ORIGIN = 'https://photoslibrary.googleapis.com'

/** True when the API is Google's own (where retired scopes do not exist any more), not an emulator or proxy. */
export function isGooglePhotosApi(apiUrl: string): boolean {
  try {
    return new URL(apiUrl).origin === GOOGLE_PHOTOS_API_ORIGIN
  } catch {
    return false
  }
}

export type ScopeName = keyof typeof SCOPES
export type Scope = (typeof SCOPES)[ScopeName]

/** The Photos scopes asked for at sign-in. */
const SIGN_IN_PHOTOS_SCOPES: readonly Scope[] = [SCOPES.appendOnly, SCOPES.readAppCreated, SCOPES.editAppCreated]
/** Asked for at sign-in: the Photos scopes and who the user is. */
export const SIGN_IN_SCOPES: readonly string[] = [...SIGN_IN_PHOTOS_SCOPES, ...IDENTITY_SCOPES]
/** Asked for only when the user shares, joins or leaves a shared album. */
const SHARING_SCOPES: readonly Scope[] = [SCOPES.sharing]

/** What the user can do, and the scopes each needs. */
export type Capability = 'view' | 'add' | 'edit' | 'share' | 'pick'
export const CAPABILITY_SCOPES: Record<Capability, readonly Scope[]> = {
  view: [SCOPES.readAppCreated],
  add: [SCOPES.appendOnly],
  edit: [SCOPES.editAppCreated],
  share: [SCOPES.sharing],
  pick: [SCOPES.picker],
}

export function scopeName(scope: string): ScopeName | undefined {
  return (Object.keys(SCOPES) as ScopeName[]).find((name) => SCOPES[name] === scope)
}

/** A token response's space-delimited `scope` as a sorted, de-duplicated list. */
export function parseScopes(value: string | undefined | null): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter(Boolean))].sort()
}

export function missingScopes(granted: readonly string[], needed: readonly string[]): string[] {
  const have = new Set(granted)
  return needed.filter((scope) => !have.has(scope))
}

const union = (...lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort()

export interface ScopeState {
  /** Scopes the current token carries. */
  granted: string[]
  /** Scopes asked for and not granted (the user unticked them or Google no longer grants them). */
  declined: string[]
}

export const emptyScopeState: ScopeState = { granted: [], declined: [] }

/**
 * Folds a token response into the state. With include_granted_scopes the response lists every scope the token
 * carries, so it replaces `granted`; a scope asked for and absent is declined until a later response grants it.
 */
export function applyGrant(previous: ScopeState, requested: readonly string[], grantedNow: readonly string[]): ScopeState {
  const granted = union(grantedNow)
  const declined = union(previous.declined, requested).filter((scope) => !granted.includes(scope))
  return { granted, declined }
}

/** The scopes to ask for when a feature needs `needed`: what the token has plus what is missing. */
export function scopesToRequest(granted: readonly string[], needed: readonly string[]): string[] {
  return union(SIGN_IN_SCOPES, granted, needed)
}

/**
 * The sharing scope an API request needs, if any. Only the calls a user makes by sharing, joining or leaving
 * (and opening a shared album by its link) need it; listing shared albums does not.
 */
export function scopesForRequest(method: string, url: string): readonly Scope[] {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return []
  }
  const m = method.toUpperCase()
  if (m === 'POST' && /\/v1\/albums\/[^/]+:(share|unshare)$/.test(path)) return SHARING_SCOPES
  if (m === 'POST' && /\/v1\/sharedAlbums:join$/.test(path)) return SHARING_SCOPES
  if (m === 'POST' && /\/v1\/sharedAlbums:leave$/.test(path)) return SHARING_SCOPES
  if (m === 'GET' && /\/v1\/sharedAlbums\/[^/]+$/.test(path)) return SHARING_SCOPES
  return []
}
