import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { MemoryPersistence } from '../persistence'
import { client, setup } from '../test-support/helpers'
import { createTestEmulator, type TestEmulator } from '../testing'
import { MAX_OPEN_SESSIONS, SESSION_LIFETIME_MS } from './sessions'

interface Session {
  id: string
  pickerUri: string
  pollingConfig?: { pollInterval: string; timeoutIn: string }
  expireTime: string
  pickingConfig?: { maxItemCount: string }
  mediaItemsSet: boolean
}
interface Picked {
  id: string
  createTime: string
  type: 'PHOTO' | 'VIDEO'
  mediaFile: {
    baseUrl: string
    mimeType: string
    filename: string
    mediaFileMetadata: {
      width?: number
      height?: number
      cameraMake?: string
      photoMetadata?: Record<string, unknown>
      videoMetadata?: { fps?: number; processingStatus: string }
    }
  }
}
interface ErrorBody {
  error: { code: number; status: string; message: string }
}

const auth = (token = 'demo~1') => ({ Authorization: `Bearer ${token}` })

async function call<T>(emu: TestEmulator, method: string, path: string, body?: unknown, token = 'demo~1') {
  const res = await emu.fetch(`/picker${path}`, {
    method,
    headers: { ...auth(token), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as T }
}

const createSession = async (emu: TestEmulator, body: unknown = {}, token = 'demo~1') =>
  (await call<Session>(emu, 'POST', '/v1/sessions', body, token)).body

async function pick(emu: TestEmulator, sessionId: string, ids: string[]) {
  return emu.fetch(`/_emulator/picker/sessions/${sessionId}:pick`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ mediaItemIds: ids }),
  })
}

/** Every item of demo's library (legacy sees all), newest first, with whether it is app-created-looking (GPS = phone capture). */
async function demoLibrary(emu: TestEmulator) {
  const res = await client(emu, 'demo~1').get<{ mediaItems: { id: string; filename: string; mimeType: string }[] }>('/v1/mediaItems?pageSize=100')
  return res.body.mediaItems
}

describe('Picker API: sessions', () => {
  it('create answers a PickingSession with pickerUri, polling config as Durations, expireTime and mediaItemsSet false', async () => {
    const { emu } = setup()
    const res = await call<Session>(emu, 'POST', '/v1/sessions', { pickingConfig: { maxItemCount: '3' } })
    expect(res.status).toBe(200)
    const s = res.body
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(s.pickerUri).toBe(`${emu.baseUrl}/picker/session/${s.id}`)
    expect(s.pollingConfig).toEqual({ pollInterval: '5s', timeoutIn: `${SESSION_LIFETIME_MS / 1000}s` })
    expect(Date.parse(s.expireTime)).toBe(emu.clock.now() + SESSION_LIFETIME_MS)
    expect(s.pickingConfig).toEqual({ maxItemCount: '3' })
    expect(s.mediaItemsSet).toBe(false)
  })

  it('maxItemCount defaults to 2000 (absent body too); above 2000 or negative → 400 INVALID_ARGUMENT', async () => {
    const { emu } = setup()
    const res = await emu.fetch('/picker/v1/sessions', { method: 'POST', headers: auth() })
    expect(((await res.json()) as Session).pickingConfig).toEqual({ maxItemCount: '2000' })
    for (const bad of ['2001', '-1', 'ten']) {
      const r = await call<ErrorBody>(emu, 'POST', '/v1/sessions', { pickingConfig: { maxItemCount: bad } })
      expect(r.status, bad).toBe(400)
      expect(r.body.error.status).toBe('INVALID_ARGUMENT')
    }
  })

  it(`too many open sessions → 429 RESOURCE_EXHAUSTED; deleting one makes room; other users are not counted`, async () => {
    const { emu } = setup()
    const ids: string[] = []
    for (let i = 0; i < MAX_OPEN_SESSIONS; i++) ids.push((await createSession(emu)).id)
    const over = await call<ErrorBody>(emu, 'POST', '/v1/sessions', {})
    expect(over.status).toBe(429)
    expect(over.body.error.status).toBe('RESOURCE_EXHAUSTED')
    expect((await call(emu, 'POST', '/v1/sessions', {}, 'alice~1')).status).toBe(200)
    expect((await call(emu, 'DELETE', `/v1/sessions/${ids[0]}`)).body).toEqual({})
    expect((await call(emu, 'POST', '/v1/sessions', {})).status).toBe(200)
  })

  it('a user without a Google Photos account (the usersWithoutPhotos switch) → 400 FAILED_PRECONDITION; others still pick', async () => {
    const { emu } = setup()
    await emu.control.setConfig({ usersWithoutPhotos: ['demo'] })
    const refused = await call<ErrorBody>(emu, 'POST', '/v1/sessions', {})
    expect(refused.status).toBe(400)
    expect(refused.body.error.status).toBe('FAILED_PRECONDITION')
    expect((await call(emu, 'POST', '/v1/sessions', {}, 'alice~1')).status).toBe(200)
    await emu.control.setConfig({ usersWithoutPhotos: [] })
    expect((await call(emu, 'POST', '/v1/sessions', {})).status).toBe(200)
  })

  it('expired sessions no longer count as open', async () => {
    const { emu } = setup()
    for (let i = 0; i < MAX_OPEN_SESSIONS; i++) await createSession(emu)
    emu.clock.advance(SESSION_LIFETIME_MS)
    expect((await call(emu, 'POST', '/v1/sessions', {})).status).toBe(200)
  })

  it('get: another user\'s, a deleted or an unknown session → 404; the timeout counts down to "0s"', async () => {
    const { emu } = setup()
    const s = await createSession(emu)
    expect((await call(emu, 'GET', `/v1/sessions/${s.id}`, undefined, 'alice~1')).status).toBe(404)
    expect((await call(emu, 'GET', '/v1/sessions/00000000-0000-4000-a000-000000000000')).status).toBe(404)
    emu.clock.advance(60_000)
    const later = (await call<Session>(emu, 'GET', `/v1/sessions/${s.id}`)).body
    expect(later.pollingConfig?.timeoutIn).toBe(`${SESSION_LIFETIME_MS / 1000 - 60}s`)
    emu.clock.advance(SESSION_LIFETIME_MS)
    expect((await call<Session>(emu, 'GET', `/v1/sessions/${s.id}`)).body.pollingConfig).toEqual({ pollInterval: '0s', timeoutIn: '0s' })
    expect((await call(emu, 'DELETE', `/v1/sessions/${s.id}`)).status).toBe(200)
    expect((await call(emu, 'GET', `/v1/sessions/${s.id}`)).status).toBe(404)
    expect((await call(emu, 'DELETE', `/v1/sessions/${s.id}`)).status).toBe(404)
  })

  it('every method needs a bearer token (401 UNAUTHENTICATED; ~expired too)', async () => {
    const { emu } = setup()
    expect((await emu.fetch('/picker/v1/sessions', { method: 'POST' })).status).toBe(401)
    expect((await call(emu, 'POST', '/v1/sessions', {}, 'demo~expired')).status).toBe(401)
  })
})

describe('Picker API: picking and mediaItems.list', () => {
  it('list → 400 FAILED_PRECONDITION until picking is done; then the picked items in the order picked, pollingConfig gone', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const s = await createSession(emu)
    const early = await call<ErrorBody>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)
    expect(early.status).toBe(400)
    expect(early.body.error.status).toBe('FAILED_PRECONDITION')
    const chosen = [lib[3].id, lib[0].id, lib[5].id]
    expect((await pick(emu, s.id, chosen)).status).toBe(200)
    const after = (await call<Session>(emu, 'GET', `/v1/sessions/${s.id}`)).body
    expect(after.mediaItemsSet).toBe(true)
    expect(after.pollingConfig).toBeUndefined()
    const list = await call<{ mediaItems: Picked[]; nextPageToken?: string }>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)
    expect(list.status).toBe(200)
    expect(list.body.mediaItems.map((m) => m.id)).toEqual(chosen)
    expect(list.body.nextPageToken).toBeUndefined()
  })

  it('PickedMediaItem shape: PHOTO with photoMetadata, VIDEO with fps and processingStatus READY', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const photo = lib.find((m) => m.mimeType === 'image/jpeg')!
    const video = lib.find((m) => m.mimeType === 'video/mp4')!
    const s = await createSession(emu)
    await pick(emu, s.id, [photo.id, video.id])
    const [p, v] = (await call<{ mediaItems: Picked[] }>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)).body.mediaItems
    expect(p).toMatchObject({ id: photo.id, type: 'PHOTO', mediaFile: { mimeType: 'image/jpeg', filename: photo.filename } })
    expect(p.createTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(p.mediaFile.mediaFileMetadata.width).toBeGreaterThan(0)
    expect(p.mediaFile.mediaFileMetadata.cameraMake).toBe('Fixture')
    expect(p.mediaFile.mediaFileMetadata.photoMetadata).toBeDefined()
    expect(p.mediaFile.baseUrl).toMatch(new RegExp(`^${emu.baseUrl}/picker/media/`))
    expect(v).toMatchObject({ id: video.id, type: 'VIDEO', mediaFile: { mimeType: 'video/mp4', mediaFileMetadata: { videoMetadata: { processingStatus: 'READY' } } } })
  })

  it('pageSize: default 50, larger coerced to 100, negative 400 INVALID_ARGUMENT; pageTokens page through and are checked', async () => {
    const { emu } = setup({ largeLibrary: { items: 150 } })
    const all = await client(emu, 'demo~1').get<{ mediaItems: { id: string }[]; nextPageToken: string }>('/v1/mediaItems?pageSize=100')
    const more = await client(emu, 'demo~1').get<{ mediaItems: { id: string }[] }>(`/v1/mediaItems?pageSize=100&pageToken=${all.body.nextPageToken}`)
    const ids = [...all.body.mediaItems, ...more.body.mediaItems].map((m) => m.id).slice(0, 130)
    const s = await createSession(emu)
    expect((await pick(emu, s.id, ids)).status).toBe(200)
    type Page = { mediaItems: Picked[]; nextPageToken?: string }
    const first = (await call<Page>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)).body
    expect(first.mediaItems).toHaveLength(50)
    const big = (await call<Page>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}&pageSize=500`)).body
    expect(big.mediaItems).toHaveLength(100)
    const rest = (await call<Page>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}&pageSize=500&pageToken=${big.nextPageToken}`)).body
    expect(rest.mediaItems).toHaveLength(30)
    expect(rest.nextPageToken).toBeUndefined()
    expect([...big.mediaItems, ...rest.mediaItems].map((m) => m.id)).toEqual(ids)
    const negative = await call<ErrorBody>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}&pageSize=-1`)
    expect(negative.status).toBe(400)
    expect(negative.body.error.status).toBe('INVALID_ARGUMENT')
    expect((await call(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}&pageToken=bogus`)).status).toBe(400)
    expect((await call(emu, 'GET', '/v1/mediaItems')).status).toBe(400)
    expect((await call(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`, undefined, 'alice~1')).status).toBe(404)
  })

  it('the control route checks its ids: someone else\'s or unknown item, too many, or picking twice → 400', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const s = await createSession(emu, { pickingConfig: { maxItemCount: '2' } })
    expect((await pick(emu, s.id, ['AEmuSxnope'])).status).toBe(400)
    expect((await pick(emu, s.id, [lib[0].id, lib[1].id, lib[2].id])).status).toBe(400)
    const aliceSession = await createSession(emu, {}, 'alice~1')
    expect((await pick(emu, aliceSession.id, [lib[0].id])).status).toBe(400)
    expect((await pick(emu, s.id, [lib[0].id])).status).toBe(200)
    expect((await pick(emu, s.id, [lib[1].id])).status).toBe(400)
    expect((await pick(emu, 'unknown', [lib[1].id])).status).toBe(404)
  })

  it('profiles: under 2025 the Library API sees only app-created items while the Picker offers and returns every item', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    await emu.control.setProfile('2025')
    const visible = new Set((await demoLibrary(emu)).map((m) => m.id))
    const hidden = lib.filter((m) => !visible.has(m.id))
    expect(hidden.length).toBeGreaterThanOrEqual(3)
    const s = await createSession(emu)
    const page = await (await emu.fetch(s.pickerUri)).text()
    for (const m of lib) expect(page).toContain(`value="${m.id}"`)
    await pick(emu, s.id, hidden.slice(0, 3).map((m) => m.id))
    const picked = (await call<{ mediaItems: Picked[] }>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)).body.mediaItems
    expect(picked.map((m) => m.id)).toEqual(hidden.slice(0, 3).map((m) => m.id))
    // …and the Library still refuses them
    expect((await client(emu, 'demo~1').get(`/v1/mediaItems/${hidden[0].id}`)).status).toBe(404)
  })

  it('profiles: under legacy the Library API and the Picker both see everything', async () => {
    const { emu } = setup()
    // the whole library, archived items included (mediaItems.list hides those; a search may include them)
    const all = await client(emu, 'demo~1').post<{ mediaItems: { id: string }[] }>('/v1/mediaItems:search', { pageSize: 100, filters: { includeArchivedMedia: true } })
    const s = await createSession(emu)
    const page = await (await emu.fetch(s.pickerUri)).text()
    expect(page.match(/type="checkbox" name="id"/g)).toHaveLength(all.body.mediaItems.length)
    for (const m of all.body.mediaItems) expect(page).toContain(`value="${m.id}"`)
  })
})

describe('Picker API: the picking page speaks the app’s language', () => {
  it('takes hl first, then Accept-Language, else English; Hebrew is right to left', async () => {
    const { emu } = setup()
    const s = await createSession(emu)
    const page = async (query: string, acceptLanguage?: string) =>
      (await emu.fetch(`${s.pickerUri}${query}`, { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} })).text()
    const hebrew = await page('/autoclose?hl=he', 'en-US,en;q=0.9')
    expect(hebrew).toContain('<html lang="he" dir="rtl">')
    expect(hebrew).toContain('>ביטול</button>')
    expect(hebrew).toContain('>סיום</button>')
    const chinese = await page('', 'fr-FR, zh-TW;q=0.8, en;q=0.5')
    expect(chinese).toContain('<html lang="zh-CN" dir="ltr">')
    expect(chinese).toContain('>取消</button>')
    expect(chinese).toContain('未选择任何项目')
    const english = await page('?hl=xx', 'de-DE')
    expect(english).toContain('<html lang="en" dir="ltr">')
    expect(english).toContain('>Cancel</button>')
    // Done, and the message for a session already used, follow the same choice.
    const done = await emu.fetch(`${s.pickerUri}?hl=zh-CN`, { method: 'POST', body: new URLSearchParams({ id: (await demoLibrary(emu))[0].id }) })
    expect(await done.text()).toContain('已选择 1 项')
    expect(await page('?hl=he')).toContain('כבר נעשה שימוש בקישור הזה')
  })
})

describe('Picker API: scopes', () => {
  const pickerOnly = 'demo~3;scopes=photospicker.mediaitems.readonly'
  const libraryOnly = 'demo~4;scopes=photoslibrary.appendonly,photoslibrary.readonly.appcreateddata'

  it('every method needs photospicker.mediaitems.readonly: without it 403 PERMISSION_DENIED with the ErrorInfo', async () => {
    const { emu } = setup()
    const denied = await call<{ error: { code: number; status: string; message: string; details: Record<string, unknown>[] } }>(emu, 'POST', '/v1/sessions', {}, libraryOnly)
    expect(denied.status).toBe(403)
    expect(denied.body.error).toMatchObject({ status: 'PERMISSION_DENIED', message: 'Request had insufficient authentication scopes.' })
    expect(denied.body.error.details[0]).toMatchObject({
      '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
      reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      domain: 'googleapis.com',
      metadata: { service: 'photospicker.googleapis.com' },
    })
    const s = await createSession(emu, {}, pickerOnly)
    expect(s.id).toBeTruthy()
    expect((await call(emu, 'GET', `/v1/sessions/${s.id}`, undefined, libraryOnly)).status).toBe(403)
    expect((await call(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`, undefined, libraryOnly)).status).toBe(403)
    expect((await call(emu, 'DELETE', `/v1/sessions/${s.id}`, undefined, libraryOnly)).status).toBe(403)
    expect((await call(emu, 'DELETE', `/v1/sessions/${s.id}`, undefined, pickerOnly)).status).toBe(200)
  })

  it('picked bytes need the Picker scope too; the Picker scope alone does not open the Library API', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const s = await createSession(emu, {}, pickerOnly)
    await pick(emu, s.id, [lib[0].id])
    const [item] = (await call<{ mediaItems: Picked[] }>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`, undefined, pickerOnly)).body.mediaItems
    expect((await emu.fetch(`${item.mediaFile.baseUrl}=d`, { headers: auth(libraryOnly) })).status).toBe(403)
    expect((await emu.fetch(`${item.mediaFile.baseUrl}=d`, { headers: auth(pickerOnly) })).status).toBe(200)
    expect((await client(emu, pickerOnly).get('/v1/mediaItems')).status).toBe(403)
  })
})

describe('Picker API: picked bytes', () => {
  async function pickedItems(emu: TestEmulator) {
    const lib = await demoLibrary(emu)
    const photo = lib.find((m) => m.mimeType === 'image/jpeg')!
    const video = lib.find((m) => m.mimeType === 'video/mp4')!
    const s = await createSession(emu)
    await pick(emu, s.id, [photo.id, video.id])
    const items = (await call<{ mediaItems: Picked[] }>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)).body.mediaItems
    return { session: s, photo: items[0], video: items[1] }
  }

  it('need the session user\'s bearer token: none → 401, another user → 403, a token in the URL does not count', async () => {
    const { emu } = setup()
    const { photo } = await pickedItems(emu)
    const url = `${photo.mediaFile.baseUrl}=d`
    expect((await emu.fetch(url)).status).toBe(401)
    expect((await emu.fetch(`${url}?access_token=demo~1`)).status).toBe(401)
    expect((await emu.fetch(url, { headers: auth('alice~1') })).status).toBe(403)
    expect((await emu.fetch(url, { headers: auth('demo~expired') })).status).toBe(401)
    const ok = await emu.fetch(url, { headers: auth('demo~2') })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('Content-Type')).toBe('image/jpeg')
  })

  it('take the Library suffixes: =wW-hH-c sizes, =d the original, =dv the video; unknown suffix 400', async () => {
    const { emu } = setup()
    const { photo, video } = await pickedItems(emu)
    const thumb = await emu.fetch(`${photo.mediaFile.baseUrl}=w100-h80-c`, { headers: auth() })
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([100, 80])
    const original = await emu.fetch(`${photo.mediaFile.baseUrl}=d`, { headers: auth() })
    const full = await sharp(Buffer.from(await original.arrayBuffer())).metadata()
    expect(full.width).toBe(photo.mediaFile.mediaFileMetadata.width)
    const clip = await emu.fetch(`${video.mediaFile.baseUrl}=dv`, { headers: auth() })
    expect(clip.status).toBe(200)
    expect(clip.headers.get('Content-Type')).toBe('video/mp4')
    expect((await emu.fetch(`${photo.mediaFile.baseUrl}=zz`, { headers: auth() })).status).toBe(400)
  })

  it('live 60 minutes and cannot be refreshed; a tampered URL → 404; deleting the session ends them', async () => {
    const { emu } = setup()
    const { session, photo } = await pickedItems(emu)
    const url = `${photo.mediaFile.baseUrl}=w50`
    const fresh = await emu.fetch(url, { headers: auth() })
    expect(fresh.headers.get('Cache-Control')).toBe('private, max-age=3600')
    expect((await emu.fetch(`${photo.mediaFile.baseUrl.slice(0, -3)}abc=w50`, { headers: auth() })).status).toBe(404)
    emu.clock.advance(60 * 60_000 + 1000)
    expect((await emu.fetch(url, { headers: auth() })).status).toBe(403)
    const { photo: again } = await pickedItems(emu)
    expect((await emu.fetch(`${again.mediaFile.baseUrl}=w50`, { headers: auth() })).status).toBe(200)
    await call(emu, 'DELETE', `/v1/sessions/${session.id}`)
    const list = await call(emu, 'GET', `/v1/mediaItems?sessionId=${session.id}`)
    expect(list.status).toBe(404)
  })

  it('answer CORS preflights for the Authorization header', async () => {
    const { emu } = setup()
    const { photo } = await pickedItems(emu)
    const res = await emu.fetch(photo.mediaFile.baseUrl, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization')
  })
})

describe('Picker API: the picking page', () => {
  const form = (ids: string[], order = ids) => {
    const body = new URLSearchParams()
    for (const id of ids) body.append('id', id)
    body.set('order', order.join(','))
    return { method: 'POST', body }
  }

  it('shows the user\'s library as labelled checkboxes with thumbnails, a Done and a Cancel button, and the limit', async () => {
    const { emu } = setup()
    const s = await createSession(emu, { pickingConfig: { maxItemCount: '2' } })
    const res = await emu.fetch(s.pickerUri)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('text/html')
    const html = await res.text()
    expect(html).toContain('Select up to 2 items')
    expect(html).toMatch(/<input type="checkbox" name="id" value="[^"]+" aria-label="Photo: IMG_[A-Z_]+\.jpg, /)
    expect(html).toMatch(/aria-label="Video: VID_WAVES\.mp4, /)
    expect(html).toContain('<button type="submit" class="done" id="done">Done</button>')
    expect(html).toContain('id="cancel">Cancel</button>')
    expect(html).toMatch(/<img src="http:\/\/emulator\.test\/media\/lr\/[^"]+=w240-h240-c"/)
    expect(html).toContain('data-max="2"')
  })

  it('Done finishes the session in the order picked; after Done the page no longer works', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const s = await createSession(emu)
    const done = await emu.fetch(s.pickerUri, form([lib[0].id, lib[1].id], [lib[1].id, lib[0].id]))
    expect(done.status).toBe(200)
    expect(await done.text()).not.toContain('window.close()')
    const list = (await call<{ mediaItems: Picked[] }>(emu, 'GET', `/v1/mediaItems?sessionId=${s.id}`)).body.mediaItems
    expect(list.map((m) => m.id)).toEqual([lib[1].id, lib[0].id])
    expect((await emu.fetch(s.pickerUri)).status).toBe(410)
    expect((await emu.fetch(s.pickerUri, form([lib[2].id]))).status).toBe(410)
  })

  it('/autoclose closes the window on Done', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const s = await createSession(emu)
    expect((await emu.fetch(`${s.pickerUri}/autoclose`)).status).toBe(200)
    const done = await emu.fetch(`${s.pickerUri}/autoclose`, form([lib[0].id]))
    expect(await done.text()).toContain('<script>window.close()</script>')
  })

  it('refuses more than maxItemCount and nothing at all, saying why, and keeps the session open', async () => {
    const { emu } = setup()
    const lib = await demoLibrary(emu)
    const s = await createSession(emu, { pickingConfig: { maxItemCount: '1' } })
    const tooMany = await emu.fetch(s.pickerUri, form([lib[0].id, lib[1].id]))
    expect(tooMany.status).toBe(400)
    expect(await tooMany.text()).toContain('You can select up to 1 items.')
    expect((await emu.fetch(s.pickerUri, form([]))).status).toBe(400)
    expect((await call<Session>(emu, 'GET', `/v1/sessions/${s.id}`)).body.mediaItemsSet).toBe(false)
  })

  it('an unknown, deleted or expired session shows a page saying so', async () => {
    const { emu } = setup()
    const s = await createSession(emu)
    expect((await emu.fetch(`${emu.baseUrl}/picker/session/nope`)).status).toBe(404)
    emu.clock.advance(SESSION_LIFETIME_MS)
    const expired = await emu.fetch(s.pickerUri)
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('This link has expired')
    await call(emu, 'DELETE', `/v1/sessions/${s.id}`)
    expect((await emu.fetch(s.pickerUri)).status).toBe(404)
  })
})

describe('Picker API: hosts and persistence', () => {
  it('under the service worker\'s basePath the Picker lives at <base>/picker', async () => {
    const emu = createTestEmulator({ seed: 'fixture', basePath: '/__emulator' })
    const res = await emu.fetch('/picker/v1/sessions', { method: 'POST', headers: auth() })
    const s = (await res.json()) as Session
    expect(s.pickerUri).toBe(`http://emulator.test/__emulator/picker/session/${s.id}`)
    expect((await emu.fetch(s.pickerUri)).status).toBe(200)
  })

  it('sessions and picks survive a restart on the same persistence', async () => {
    const persistence = new MemoryPersistence()
    const first = createTestEmulator({ seed: 'fixture', persistence })
    const lib = await demoLibrary(first)
    const s = await createSession(first)
    await pick(first, s.id, [lib[0].id])
    const second = createTestEmulator({ seed: 'fixture', persistence })
    const list = await call<{ mediaItems: Picked[] }>(second, 'GET', `/v1/mediaItems?sessionId=${s.id}`)
    expect(list.body.mediaItems.map((m) => m.id)).toEqual([lib[0].id])
  })
})
