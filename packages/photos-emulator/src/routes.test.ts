import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { Album } from './api-types.gen'
import { checkBody, checkErrorBody, type DiscoveryDoc } from './schema-check'
import { imageSize, mp4Info, sniffMime } from './media-meta'
import { setup } from './test-support/helpers'
import { DISCOVERY_PATH, FIXTURE_DIR, createTestEmulator } from './testing'

describe('routing', () => {
  it('every discovery method path resolves (custom :verbs, percent-encoded colons, under a basePath)', async () => {
    const doc = JSON.parse(readFileSync(DISCOVERY_PATH, 'utf8')) as {
      resources: Record<string, { methods: Record<string, { httpMethod: string; flatPath: string }> }>
    }
    for (const basePath of ['', '/__emulator']) {
      const emu = createTestEmulator({ seed: 'fixture', basePath })
      const h = { Authorization: 'Bearer demo', 'Content-Type': 'application/json' }
      const album = (await (await emu.fetch(`${emu.baseUrl}/v1/albums`, { method: 'POST', headers: h, body: '{"album":{"title":"r"}}' })).json()) as Album
      let n = 0
      for (const [res, { methods }] of Object.entries(doc.resources))
        for (const [name, m] of Object.entries(methods)) {
          const path = m.flatPath.replace(/\{[^}]+\}/, album.id as string)
          for (const p of [path, path.replace(':', '%3A')]) {
            const r = await emu.fetch(`${emu.baseUrl}/${p}`, { method: m.httpMethod, headers: h, body: m.httpMethod === 'GET' ? undefined : '{}' })
            const body = (await r.json()) as { error?: { message: string } }
            // whatever the outcome, it is not "method not found"
            expect(body.error?.message ?? '', `${res}.${name} ${p}`).not.toMatch(/^Method not found/)
            n++
          }
        }
      expect(n).toBe(38)
    }
  })

  it('unknown paths and wrong verbs → 404 JSON; HEAD on media works', async () => {
    const { emu, demo } = setup()
    expect((await emu.fetch('/v1/albums:frobnicate', { method: 'POST', headers: { Authorization: 'Bearer demo' } })).status).toBe(404)
    expect((await emu.fetch('/v1/mediaItems', { method: 'DELETE', headers: { Authorization: 'Bearer demo' } })).status).toBe(404)
    const items = (await demo.get<{ mediaItems: { baseUrl: string }[] }>('/v1/mediaItems')).body.mediaItems
    const head = await emu.fetch(`${items[0].baseUrl}=w10`, { method: 'HEAD' })
    expect(head.status).toBe(200)
  })

  it('CORS preflight from any origin allows the upload headers and exposes the upload/retry headers', async () => {
    const { emu } = setup()
    const r = await emu.fetch('/v1/uploads', {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,x-goog-upload-protocol' },
    })
    expect(r.status).toBe(204)
    expect(r.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(r.headers.get('Access-Control-Allow-Headers')).toMatch(/X-Goog-Upload-Protocol/)
    const g = await emu.fetch('/v1/albums', { headers: { Origin: 'https://app.example', Authorization: 'Bearer demo' } })
    const exposed = g.headers.get('Access-Control-Expose-Headers') ?? ''
    for (const h of ['X-Goog-Upload-URL', 'X-Goog-Upload-Status', 'X-Goog-Upload-Size-Received', 'X-Goog-Upload-Chunk-Granularity', 'Retry-After', 'Content-Range'])
      expect(exposed).toContain(h)
  })

  it('int64 fields are strings and default fields are omitted; JSON is Google-pretty', async () => {
    const { emu } = setup()
    const r = await emu.fetch('/v1/mediaItems', { headers: { Authorization: 'Bearer demo' } })
    const text = await r.text()
    expect(r.headers.get('Content-Type')).toBe('application/json; charset=UTF-8')
    expect(text).toMatch(/"width": "\d+"/)
    expect(text).not.toMatch(/: (null|false|""|0)[,\n]/)
  })
})

describe('control API', () => {
  it('config get/set, profile switch, clock advance, users, reset', async () => {
    const { emu, demo } = setup()
    const cfg = (await (await emu.fetch('/_emulator/config')).json()) as { profile: string }
    expect(cfg.profile).toBe('legacy')
    await emu.fetch('/_emulator/config', { method: 'PUT', body: JSON.stringify({ profile: '2025', videoProcessingMs: 10 }) })
    expect(emu.control.getConfig()).toMatchObject({ profile: '2025', videoProcessingMs: 10 })
    expect((await demo.get('/v1/sharedAlbums')).status).toBe(403)
    const before = emu.control.now()
    await emu.fetch('/_emulator/clock/advance', { method: 'POST', body: JSON.stringify({ ms: 5000 }) })
    expect(emu.control.now()).toBe(before + 5000)
    const users = (await (await emu.fetch('/_emulator/users')).json()) as { users: { id: string; sharedAlbums: unknown[] }[] }
    expect(users.users.map((u) => u.id)).toEqual(expect.arrayContaining(['demo', 'alice', 'bob']))
    await emu.control.setProfile('legacy')
    const created = (await demo.post<Album>('/v1/albums', { album: { title: 'gone after reset' } })).body
    expect((await emu.fetch('/_emulator/reset', { method: 'POST' })).status).toBe(200)
    expect((await demo.get(`/v1/albums/${created.id}`)).status).toBe(404)
    expect((await emu.fetch('/_emulator/albums/nope/sequence')).status).toBe(404)
  })
})

describe('discovery schema checker', () => {
  const doc = JSON.parse(readFileSync(DISCOVERY_PATH, 'utf8')) as DiscoveryDoc
  it('flags unknown fields, wrong types, bad enums, non-string int64', () => {
    expect(checkBody(doc, 'Album', { id: 'a', title: 't', mediaItemsCount: '3' })).toEqual([])
    expect(checkBody(doc, 'Album', { colour: 'x' })[0]).toMatch(/unknown field/)
    expect(checkBody(doc, 'Album', { mediaItemsCount: 3 })[0]).toMatch(/expected string/)
    expect(checkBody(doc, 'MediaItem', { mediaMetadata: { width: 'wide' } })[0]).toMatch(/int64/)
    expect(checkBody(doc, 'MediaItem', { mediaMetadata: { video: { status: 'DONE' } } })[0]).toMatch(/not one of/)
    expect(checkBody(doc, 'ListAlbumsResponse', { albums: [{ isWriteable: 'yes' }] })[0]).toMatch(/expected boolean/)
    expect(checkErrorBody({ error: { code: 400, message: 'm', status: 'INVALID_ARGUMENT' } }, 400)).toEqual([])
    expect(checkErrorBody({ error: { code: 400, message: 'm', status: 'BAD' } }, 404).length).toBe(2)
  })
  it('is wired into the test emulator automatically', async () => {
    const { emu, demo } = setup()
    const before = emu.validated
    await demo.get('/v1/albums')
    await demo.get('/v1/albums/bad-id')
    expect(emu.validated).toBe(before + 2)
  })
})

describe('media metadata sniffing', () => {
  it('sizes from PNG, GIF, WebP and JPEG headers; mp4 boxes', async () => {
    for (const fmt of ['png', 'gif', 'webp', 'jpeg'] as const) {
      const bytes = new Uint8Array(await sharp({ create: { width: 33, height: 21, channels: 3, background: '#123456' } }).toFormat(fmt).toBuffer())
      const mime = sniffMime(bytes) as string
      expect(mime).toBe(`image/${fmt}`)
      expect(imageSize(bytes, mime)).toEqual([33, 21])
    }
    const mp4 = new Uint8Array(readFileSync(`${FIXTURE_DIR}waves.mp4`))
    expect(sniffMime(mp4)).toBe('video/mp4')
    expect(mp4Info(mp4)).toMatchObject({ width: 320, height: 240, durationMs: 2000, fps: 25 })
  })
})
