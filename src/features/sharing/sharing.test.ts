import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, OutcomeUnknownError } from '../../api'
import { GOOGLE_PHOTOS_SHARING_URL, explainSharingError } from './explain'
import { joinLink, parsePastedShare } from './links'

const apiError = (httpStatus: number, status: string, message = '', retryAfterMs?: number) =>
  new ApiError({ operation: 'x', httpStatus, status, message, retryAfterMs })

const TOKEN = 'AEmuSx' + 'a'.repeat(104)

describe('explaining sharing failures', () => {
  it('explains the 2025 403 for every sharing action, linking to the album in Google Photos', () => {
    const denied = apiError(403, 'PERMISSION_DENIED', 'Request had insufficient authentication scopes.')
    for (const op of ['share', 'unshare', 'list', 'get', 'join', 'leave', 'add'] as const) {
      expect(explainSharingError(denied, op, 'https://photos.google.com/lr/album/X')).toEqual({
        problem: 'sharingRetired',
        href: 'https://photos.google.com/lr/album/X',
      })
    }
    expect(explainSharingError(denied, 'list')).toEqual({ problem: 'sharingRetired', href: GOOGLE_PHOTOS_SHARING_URL })
  })

  it('tells an album Shoebox did not create apart from the 2025 change', () => {
    const e = apiError(403, 'PERMISSION_DENIED', 'No permission to share this album: it must be created by this app and owned by the user.')
    expect(explainSharingError(e, 'share').problem).toBe('notAppCreated')
    expect(explainSharingError(apiError(400, 'INVALID_ARGUMENT', 'No permission to add media items to this album.'), 'add').problem).toBe('notAppCreated')
  })

  it('maps dead links, leaving twice, sign-out, quota, network and unknown outcomes', () => {
    expect(explainSharingError(apiError(404, 'NOT_FOUND'), 'get').problem).toBe('linkInvalid')
    expect(explainSharingError(apiError(404, 'NOT_FOUND'), 'join').problem).toBe('linkInvalid')
    expect(explainSharingError(apiError(400, 'INVALID_ARGUMENT', 'bad token'), 'join').problem).toBe('linkInvalid')
    expect(explainSharingError(apiError(400, 'FAILED_PRECONDITION'), 'leave').problem).toBe('cannotLeave')
    expect(explainSharingError(apiError(401, 'UNAUTHENTICATED'), 'list').problem).toBe('signedOut')
    expect(explainSharingError(apiError(429, 'RESOURCE_EXHAUSTED', 'per minute', 30_000), 'share')).toEqual({ problem: 'rateLimited', retryAfterSeconds: 30 })
    expect(explainSharingError(new NetworkError('x', null), 'share').problem).toBe('offline')
    expect(explainSharingError(new OutcomeUnknownError('x', null), 'join').problem).toBe('outcomeUnknown')
    expect(explainSharingError(apiError(500, 'INTERNAL'), 'share').problem).toBe('generic')
    expect(explainSharingError(new Error('boom'), 'share').problem).toBe('generic')
  })
})

describe('share links', () => {
  it('builds Shoebox join links under the base path', () => {
    expect(joinLink('tok_en-1', 'https://x.test', '/')).toBe('https://x.test/join/tok_en-1')
    expect(joinLink('tok', 'https://x.test', '/app/')).toBe('https://x.test/app/join/tok')
  })

  it('reads a pasted token, a Shoebox link (any host), or recognises a Google link', () => {
    expect(parsePastedShare(`  ${TOKEN} `)).toEqual({ kind: 'token', shareToken: TOKEN })
    expect(parsePastedShare(`https://shoebox.example/join/${TOKEN}?demoUser=alice`)).toEqual({ kind: 'token', shareToken: TOKEN })
    expect(parsePastedShare(`localhost:4173/app/join/${TOKEN}`)).toEqual({ kind: 'token', shareToken: TOKEN })
    expect(parsePastedShare('https://photos.app.goo.gl/AbCdEf123')).toEqual({ kind: 'google', url: 'https://photos.app.goo.gl/AbCdEf123' })
    expect(parsePastedShare('')).toEqual({ kind: 'empty' })
    expect(parsePastedShare('hello there')).toEqual({ kind: 'invalid' })
    expect(parsePastedShare('https://example.com/join/%E0%A4%A')).toEqual({ kind: 'invalid' })
    expect(parsePastedShare('https://example.com/somewhere')).toEqual({ kind: 'invalid' })
  })
})

import { canContribute, canLeave, canShare } from './rules'

describe('who may do what', () => {
  const owned = { id: 'A', isWriteable: true, shareInfo: { shareToken: 't', isOwned: true, isJoined: true } }
  const joined = { id: 'B', isWriteable: true, shareInfo: { shareToken: 't', isJoined: true, sharedAlbumOptions: { isCollaborative: true } } }
  it('offers Share only to the owner of an app-created album', () => {
    expect(canShare(owned)).toBe(true)
    expect(canShare({ id: 'C', isWriteable: true })).toBe(true)
    expect(canShare({ id: 'D' })).toBe(false)
    expect(canShare(joined)).toBe(false)
  })
  it('never offers Leave to the owner', () => {
    expect(canLeave(owned)).toBe(false)
    expect(canLeave(joined)).toBe(true)
    expect(canLeave({ id: 'E', shareInfo: { shareToken: 't' } })).toBe(false)
  })
  it('lets collaborators who joined add photos', () => {
    expect(canContribute(joined)).toBe(true)
    expect(canContribute({ ...joined, shareInfo: { ...joined.shareInfo, sharedAlbumOptions: {} } })).toBe(false)
    expect(canContribute(owned)).toBe(false)
  })
})
