import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LIBRARY_METHODS, authorize, parseToken } from './auth'
import { client, setup } from './test-support/helpers'
import { jpeg } from './test-support/images'
import { DISCOVERY_PATH, createTestEmulator } from './testing'
import type { Profile } from './types'

const ALL_SCOPES = [
  'photoslibrary',
  'photoslibrary.readonly',
  'photoslibrary.sharing',
  'photoslibrary.appendonly',
  'photoslibrary.readonly.appcreateddata',
  'photoslibrary.edit.appcreateddata',
  'photospicker.mediaitems.readonly',
]

const ALL = 'photoslibrary'
const READONLY = 'photoslibrary.readonly'
const SHARING = 'photoslibrary.sharing'
const APPEND = 'photoslibrary.appendonly'
const READ = 'photoslibrary.readonly.appcreateddata'
const EDIT = 'photoslibrary.edit.appcreateddata'

const ALBUM = `AEmuSx${'a'.repeat(70)}`
const ITEM = `AEmuSx${'m'.repeat(92)}`
/** One request per Library method (plus the upload endpoint); the bodies need not be valid. */
const REQUESTS: Record<string, { method: string; path: string; body?: unknown }> = {
  'albums.addEnrichment': { method: 'POST', path: `/v1/albums/${ALBUM}:addEnrichment`, body: {} },
  'albums.batchAddMediaItems': { method: 'POST', path: `/v1/albums/${ALBUM}:batchAddMediaItems`, body: {} },
  'albums.batchRemoveMediaItems': { method: 'POST', path: `/v1/albums/${ALBUM}:batchRemoveMediaItems`, body: {} },
  'albums.create': { method: 'POST', path: '/v1/albums', body: { album: { title: 'Scoped' } } },
  'albums.get': { method: 'GET', path: `/v1/albums/${ALBUM}` },
  'albums.list': { method: 'GET', path: '/v1/albums' },
  'albums.patch': { method: 'PATCH', path: `/v1/albums/${ALBUM}?updateMask=title`, body: { title: 'x' } },
  'albums.share': { method: 'POST', path: `/v1/albums/${ALBUM}:share`, body: {} },
  'albums.unshare': { method: 'POST', path: `/v1/albums/${ALBUM}:unshare`, body: {} },
  'mediaItems.batchCreate': { method: 'POST', path: '/v1/mediaItems:batchCreate', body: { newMediaItems: [] } },
  'mediaItems.batchGet': { method: 'GET', path: `/v1/mediaItems:batchGet?mediaItemIds=${ITEM}` },
  'mediaItems.get': { method: 'GET', path: `/v1/mediaItems/${ITEM}` },
  'mediaItems.list': { method: 'GET', path: '/v1/mediaItems' },
  'mediaItems.patch': { method: 'PATCH', path: `/v1/mediaItems/${ITEM}?updateMask=description`, body: { description: 'x' } },
  'mediaItems.search': { method: 'POST', path: '/v1/mediaItems:search', body: {} },
  'sharedAlbums.get': { method: 'GET', path: '/v1/sharedAlbums/some-token' },
  'sharedAlbums.join': { method: 'POST', path: '/v1/sharedAlbums:join', body: { shareToken: 'x' } },
  'sharedAlbums.leave': { method: 'POST', path: '/v1/sharedAlbums:leave', body: { shareToken: 'x' } },
  'sharedAlbums.list': { method: 'GET', path: '/v1/sharedAlbums' },
  uploads: { method: 'POST', path: '/v1/uploads', body: 'bytes' },
}

type Discovery = { resources: Record<string, { methods: Record<string, { id: string; scopes: string[] }> }> }
/** The scopes each method lists in the project's discovery document (revision 20251221; read here, not from auth.ts). */
function discoveryScopes(): Record<string, string[]> {
  const doc = JSON.parse(readFileSync(DISCOVERY_PATH, 'utf8')) as Discovery
  const out: Record<string, string[]> = {}
  for (const r of Object.values(doc.resources))
    for (const m of Object.values(r.methods))
      out[m.id.replace(/^photoslibrary\./, '')] = m.scopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''))
  out.uploads = out['mediaItems.batchCreate']
  return out
}

/**
 * Legacy: the scopes each method lists in the 2024 discovery document (revision 20240626, contract §2.2; the
 * file is shared/contract/photoslibrary-v1.discovery.20240626.json, outside this repository), plus uploads.
 */
const LEGACY_READ = [ALL, READONLY, READ]
const LEGACY_ADD = [ALL, APPEND, SHARING]
const SCOPES_LEGACY: Record<string, string[]> = {
  'albums.addEnrichment': LEGACY_ADD,
  'albums.batchAddMediaItems': LEGACY_ADD,
  'albums.batchRemoveMediaItems': [ALL],
  'albums.create': LEGACY_ADD,
  'albums.get': LEGACY_READ,
  'albums.list': LEGACY_READ,
  'albums.patch': [EDIT],
  'albums.share': [SHARING],
  'albums.unshare': [SHARING],
  'mediaItems.batchCreate': LEGACY_ADD,
  'mediaItems.batchGet': LEGACY_READ,
  'mediaItems.get': LEGACY_READ,
  'mediaItems.list': LEGACY_READ,
  'mediaItems.patch': [EDIT],
  'mediaItems.search': LEGACY_READ,
  'sharedAlbums.get': [SHARING],
  'sharedAlbums.join': [SHARING],
  'sharedAlbums.leave': [SHARING],
  'sharedAlbums.list': LEGACY_READ,
  uploads: LEGACY_ADD,
}

/** 2025: Google's assignment of the three remaining scopes (shared/contract/picker-api.md); sharing is closed. */
const SCOPES_2025: Record<string, string[]> = {
  'albums.addEnrichment': [APPEND, EDIT],
  'albums.batchAddMediaItems': [APPEND, EDIT],
  'albums.batchRemoveMediaItems': [EDIT],
  'albums.create': [APPEND],
  'albums.get': [READ],
  'albums.list': [READ],
  'albums.patch': [EDIT],
  'albums.share': [],
  'albums.unshare': [],
  'mediaItems.batchCreate': [APPEND],
  'mediaItems.batchGet': [READ],
  'mediaItems.get': [READ],
  'mediaItems.list': [READ],
  'mediaItems.patch': [EDIT],
  'mediaItems.search': [READ],
  'sharedAlbums.get': [],
  'sharedAlbums.join': [],
  'sharedAlbums.leave': [],
  'sharedAlbums.list': [],
  uploads: [APPEND],
}

const isScopeRefusal = (status: number, body: unknown): boolean => status === 403 && JSON.stringify(body).includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT')

async function call(emu: ReturnType<typeof createTestEmulator>, token: string, name: string): Promise<{ status: number; body: unknown }> {
  const r = REQUESTS[name]
  const upload = name === 'uploads'
  const res = await emu.fetch(r.path, {
    method: r.method,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': upload ? 'application/octet-stream' : 'application/json',
      ...(upload ? { 'X-Goog-Upload-Protocol': 'raw' } : {}),
    },
    body: r.body === undefined ? undefined : upload ? String(r.body) : JSON.stringify(r.body),
  })
  const text = await res.text()
  return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text }
}

describe('token parsing', () => {
  it('names the user by the text before the first "~" or ";scopes="', () => {
    expect(parseToken('demo')).toEqual({ user: 'demo', scopes: 'all' })
    expect(parseToken('alice~3')).toEqual({ user: 'alice', scopes: 'all' })
    expect(parseToken('demo;scopes=photoslibrary.appendonly').user).toBe('demo')
    const scoped = parseToken('demo~7;scopes=photoslibrary.appendonly, https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata')
    expect(scoped.user).toBe('demo')
    expect(scoped.scopes).toEqual(new Set([APPEND, READ]))
    expect(parseToken('demo~1;scopes=').scopes).toEqual(new Set())
  })

  it('"~expired" at the end of the token, or before ";scopes=", expires it', () => {
    for (const t of ['demo~expired', 'demo~3;scopes=a,b~expired', 'demo~3~expired;scopes=a']) expect(() => parseToken(t)).toThrow(/invalid authentication credentials/)
    expect(parseToken('demo~expiredsoon').user).toBe('demo')
  })

  it('refuses missing and malformed tokens', () => {
    for (const t of [undefined, '', '~1', 'de mo', ';scopes=photoslibrary']) expect(() => parseToken(t)).toThrow(/invalid authentication credentials/)
  })

  it('authorize answers in one call for another API (the Picker)', () => {
    const rpc = { service: 'photospicker.googleapis.com', method: 'google.photos.picker.v1.PickingService.CreateSession' }
    const req = (token: string) => new Request('http://emulator.test/v1/sessions', { headers: { Authorization: `Bearer ${token}` } })
    expect(authorize(req('demo~1;scopes=photospicker.mediaitems.readonly'), ['photospicker.mediaitems.readonly'], rpc).user).toBe('demo')
    expect(authorize(req('bob'), ['photospicker.mediaitems.readonly'], rpc).user).toBe('bob')
    let refused: unknown
    try {
      authorize(req('demo~1;scopes=photoslibrary.appendonly'), ['photospicker.mediaitems.readonly'], rpc)
    } catch (e) {
      refused = e
    }
    expect(refused).toMatchObject({ httpStatus: 403, status: 'PERMISSION_DENIED', details: [{ metadata: rpc }] })
  })
})

describe('the legacy scope table', () => {
  it('is the 2025 discovery document without the edit.appcreateddata Google added in 2025 (contract §13)', () => {
    const addedIn2025 = ['albums.addEnrichment', 'albums.batchAddMediaItems', 'albums.batchRemoveMediaItems']
    const current = discoveryScopes()
    for (const name of Object.keys(SCOPES_LEGACY)) {
      const expected = addedIn2025.includes(name) ? current[name].filter((s) => s !== EDIT) : current[name]
      expect({ name, scopes: [...SCOPES_LEGACY[name]].sort() }).toEqual({ name, scopes: [...expected].sort() })
    }
  })
})

describe.each<Profile>(['legacy', '2025'])('scopes under the %s profile', (profile) => {
  const expected = profile === 'legacy' ? SCOPES_LEGACY : SCOPES_2025

  it('covers every route', () => {
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(LIBRARY_METHODS).sort())
    expect(Object.keys(expected).sort()).toEqual(Object.keys(REQUESTS).sort())
  })

  it("each method is granted by exactly its scopes (one scope at a time), and by a token that names none", async () => {
    const emu = createTestEmulator({ seed: 'fixture', profile })
    for (const name of Object.keys(REQUESTS)) {
      for (const scope of ALL_SCOPES) {
        const r = await call(emu, `demo~1;scopes=${scope}`, name)
        expect({ name, scope, refused: isScopeRefusal(r.status, r.body) }).toEqual({ name, scope, refused: !expected[name].includes(scope) })
      }
      const unscoped = await call(emu, 'demo', name)
      expect({ name, refused: isScopeRefusal(unscoped.status, unscoped.body) }).toEqual({ name, refused: expected[name].length === 0 })
      const none = await call(emu, 'demo~1;scopes=', name)
      expect({ name, refused: isScopeRefusal(none.status, none.body) }).toEqual({ name, refused: true })
    }
  })
})

describe('the insufficient-scopes answer', () => {
  it('is Google’s 403 with an ErrorInfo detail naming the method', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const res = await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo~1;scopes=photoslibrary.appendonly' } })
    expect(res.status).toBe(403)
    expect(res.headers.get('WWW-Authenticate')).toContain('error="insufficient_scope"')
    expect(await res.json()).toEqual({
      error: {
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        status: 'PERMISSION_DENIED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
            domain: 'googleapis.com',
            metadata: { service: 'photoslibrary.googleapis.com', method: 'google.photos.library.v1.PhotosLibrary.ListAlbums' },
          },
        ],
      },
    })
  })

  it('an expired scoped token is a 401, not a 403', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const res = await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo~1;scopes=photoslibrary.appendonly~expired' } })
    expect(res.status).toBe(401)
  })

  it('2025 refuses a token that carries only the retired scopes, for every method', async () => {
    const emu = createTestEmulator({ seed: 'fixture', profile: '2025' })
    const token = 'demo~1;scopes=photoslibrary,photoslibrary.readonly,photoslibrary.sharing'
    for (const name of Object.keys(REQUESTS)) {
      const r = await call(emu, token, name)
      expect({ name, status: r.status, refused: isScopeRefusal(r.status, r.body) }).toEqual({ name, status: 403, refused: true })
    }
  })
})

describe('the app-created-data flow with exactly the 2025 scopes', () => {
  it('upload, create an album, add, edit, read — then media bytes with no token at all', async () => {
    const { emu } = setup({ profile: '2025' })
    const granted = client(emu, `demo~1;scopes=${APPEND},${READ},${EDIT}`)
    const album = await granted.post<{ id: string }>('/v1/albums', { album: { title: 'Scoped trip' } })
    expect(album.status).toBe(200)
    const id = await granted.create(await jpeg(30, 20), { albumId: album.body.id })
    expect((await granted.patch(`/v1/mediaItems/${id}?updateMask=description`, { description: 'edited' })).status).toBe(200)
    const item = await granted.get<{ baseUrl: string; description: string }>(`/v1/mediaItems/${id}`)
    expect(item.body.description).toBe('edited')
    const bytes = await emu.fetch(`${item.body.baseUrl}=w10-h10`)
    expect(bytes.status).toBe(200)
    expect(bytes.headers.get('Content-Type')).toBe('image/jpeg')

    // appendonly alone can add but not read back
    const appendOnly = client(emu, `demo~2;scopes=${APPEND}`)
    expect((await appendOnly.upload(await jpeg(10, 10))).length).toBeGreaterThan(0)
    expect((await appendOnly.get(`/v1/mediaItems/${id}`)).status).toBe(403)
  })

  it('a resumable session started with appendonly continues by its upload_id, with no token', async () => {
    const emu = createTestEmulator({ seed: 'fixture', profile: '2025' })
    const start = await emu.fetch('/v1/uploads', {
      method: 'POST',
      headers: { Authorization: `Bearer demo~1;scopes=${APPEND}`, 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Command': 'start' },
    })
    expect(start.status).toBe(200)
    const url = start.headers.get('X-Goog-Upload-URL') as string
    const bytes = await jpeg(10, 10)
    const done = await emu.fetch(url, {
      method: 'POST',
      headers: { 'X-Goog-Upload-Command': 'upload, finalize', 'X-Goog-Upload-Offset': '0' },
      body: bytes.slice().buffer as ArrayBuffer,
    })
    expect(done.status).toBe(200)
    expect((await done.text()).startsWith('CAIS')).toBe(true)
  })
})
