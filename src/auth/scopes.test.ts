import { describe, expect, it } from 'vitest'
import {
  applyGrant,
  emptyScopeState,
  missingScopes,
  parseScopes,
  SCOPES,
  scopesForRequest,
  scopesToRequest,
  SIGN_IN_SCOPES,
  IDENTITY_SCOPES,
  isGooglePhotosApi,
  isRetiredScope,
  RETIRED_SCOPES,
} from './scopes'

const base = 'https://photoslibrary.googleapis.com'

describe('scopes', () => {
  it('asks for the least at sign-in: append, read and edit app-created data, never sharing or the removed ones', () => {
    expect(SIGN_IN_SCOPES).toEqual([SCOPES.appendOnly, SCOPES.readAppCreated, SCOPES.editAppCreated, ...IDENTITY_SCOPES])
    expect(SIGN_IN_SCOPES.join(' ')).not.toMatch(/sharing|photoslibrary\.readonly( |$)|photoslibrary( |$)/)
    expect(SIGN_IN_SCOPES.filter(isRetiredScope)).toEqual([])
    // Only Photos and identity: Google refuses one consent that mixes Photos with another product's scopes.
    expect(SIGN_IN_SCOPES.every((s) => s.includes('/auth/photoslibrary.') || IDENTITY_SCOPES.includes(s))).toBe(true)
  })

  it('knows the scopes Google retired and which API is Google\'s own', () => {
    expect(RETIRED_SCOPES.map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort()).toEqual([
      'photoslibrary',
      'photoslibrary.readonly',
      'photoslibrary.sharing',
    ])
    expect(isRetiredScope(SCOPES.sharing)).toBe(true)
    expect(isRetiredScope(SCOPES.readAppCreated)).toBe(false)
    expect(isGooglePhotosApi('https://photoslibrary.googleapis.com')).toBe(true)
    expect(isGooglePhotosApi('https://photoslibrary.googleapis.com/')).toBe(true)
    expect(isGooglePhotosApi('http://127.0.0.1:8787')).toBe(false)
    expect(isGooglePhotosApi('https://photos-relay.example.org')).toBe(false)
    expect(isGooglePhotosApi('not a url')).toBe(false)
  })

  it('parses a token response scope string', () => {
    expect(parseScopes(`  ${SCOPES.sharing}  ${SCOPES.appendOnly} ${SCOPES.appendOnly}`)).toEqual([SCOPES.appendOnly, SCOPES.sharing])
    expect(parseScopes(undefined)).toEqual([])
  })

  it('records declined scopes and forgets the decline once granted (incremental consent)', () => {
    const signedIn = applyGrant(emptyScopeState, SIGN_IN_SCOPES, [SCOPES.appendOnly, SCOPES.readAppCreated])
    expect(signedIn.declined).toEqual([SCOPES.editAppCreated, ...IDENTITY_SCOPES].sort())

    const asked = scopesToRequest(signedIn.granted, [SCOPES.sharing])
    expect(asked).toEqual(expect.arrayContaining([...SIGN_IN_SCOPES, SCOPES.sharing]))
    const declinedSharing = applyGrant(signedIn, asked, signedIn.granted)
    expect(declinedSharing.declined).toEqual([SCOPES.editAppCreated, SCOPES.sharing, ...IDENTITY_SCOPES].sort())
    expect(missingScopes(declinedSharing.granted, [SCOPES.sharing])).toEqual([SCOPES.sharing])

    const grantedLater = applyGrant(declinedSharing, [SCOPES.sharing], [...signedIn.granted, SCOPES.sharing, SCOPES.editAppCreated, ...IDENTITY_SCOPES])
    expect(grantedLater.declined).toEqual([])
    expect(missingScopes(grantedLater.granted, [SCOPES.sharing])).toEqual([])
  })

  it('needs the sharing scope only to share, unshare, join, leave or open a shared album by link', () => {
    expect(scopesForRequest('POST', `${base}/v1/albums/abc:share`)).toEqual([SCOPES.sharing])
    expect(scopesForRequest('POST', `${base}/v1/albums/abc:unshare`)).toEqual([SCOPES.sharing])
    expect(scopesForRequest('POST', `${base}/v1/sharedAlbums:join`)).toEqual([SCOPES.sharing])
    expect(scopesForRequest('POST', `${base}/v1/sharedAlbums:leave`)).toEqual([SCOPES.sharing])
    expect(scopesForRequest('GET', `${base}/v1/sharedAlbums/tok`)).toEqual([SCOPES.sharing])
    expect(scopesForRequest('GET', `${base}/v1/sharedAlbums?pageSize=50`)).toEqual([])
    expect(scopesForRequest('GET', `${base}/v1/albums`)).toEqual([])
    expect(scopesForRequest('POST', `${base}/v1/albums/abc:batchAddMediaItems`)).toEqual([])
    expect(scopesForRequest('POST', 'not a url')).toEqual([])
  })
})
