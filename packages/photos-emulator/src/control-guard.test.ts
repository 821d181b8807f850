import { describe, expect, it } from 'vitest'
import { setup } from './test-support/helpers'
import { TEST_BASE_URL } from './testing'

const json = { 'Content-Type': 'application/json' }

describe('control routes', () => {
  it('answer tools without a browser origin and same-origin pages, with no CORS headers', async () => {
    const { emu } = setup()
    const fromTool = await emu.fetch('/_emulator/faults', { method: 'POST', headers: json, body: JSON.stringify({ config: { latencyMs: 5 } }) })
    expect(fromTool.status).toBe(200)
    expect(fromTool.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const fromOwnPage = await emu.fetch('/_emulator/reset', { method: 'POST', headers: { Origin: TEST_BASE_URL, 'Sec-Fetch-Site': 'same-origin' } })
    expect(fromOwnPage.status).toBe(200)
    expect([...fromOwnPage.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([])
    // The API itself stays open to browser clients on any origin.
    const api = await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo', Origin: 'https://app.example' } })
    expect(api.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('refuse another site’s browser requests and preflights before acting', async () => {
    const { emu, demo } = setup()
    const before = (await demo.get<{ albums: unknown[] }>('/v1/albums')).body.albums.length
    await demo.post('/v1/albums', { album: { title: 'Keep me' } })
    for (const headers of <Record<string, string>[]>[
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
    ]) {
      const res = await emu.fetch('/_emulator/reset', { method: 'POST', headers })
      expect(res.status, JSON.stringify(headers)).toBe(403)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
      expect(((await res.json()) as { error: { status: string } }).error.status).toBe('PERMISSION_DENIED')
    }
    const preflight = await emu.fetch('/_emulator/faults', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const faults = await emu.fetch('/_emulator/faults', {
      method: 'POST',
      headers: { ...json, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      body: JSON.stringify({ config: { '500': 1 } }),
    })
    expect(faults.status).toBe(403)
    // Nothing was reset and no fault was switched on.
    expect((await demo.get<{ albums: unknown[] }>('/v1/albums')).body.albums.length).toBe(before + 1)
  })

  it('GET /_emulator/users shows share tokens only to their owner', async () => {
    const { emu } = setup()
    type Users = { users: { id: string; sharedAlbums: { albumId: string; shareToken?: string }[] }[] }
    const tokensSeenBy = async (headers: Record<string, string>) => {
      const { users } = (await (await emu.fetch('/_emulator/users', { headers })).json()) as Users
      return Object.fromEntries(users.map((u) => [u.id, u.sharedAlbums.map((a) => a.shareToken ?? null)]))
    }
    const anonymous = await tokensSeenBy({})
    expect(anonymous.alice.length).toBeGreaterThan(0)
    expect(Object.values(anonymous).flat().every((t) => t === null)).toBe(true)
    const asAlice = await tokensSeenBy({ Authorization: 'Bearer alice~2;scopes=x' })
    expect(asAlice.alice.every((t) => typeof t === 'string' && t.length > 0)).toBe(true)
    expect(Object.entries(asAlice).filter(([id]) => id !== 'alice').flatMap(([, t]) => t).every((t) => t === null)).toBe(true)
  })

  it('refuse an oversized control body before reading it (413)', async () => {
    const { emu } = setup()
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++
        c.enqueue(new Uint8Array(16 * 1024).fill(32))
      },
    })
    const declared = await emu.fetch('/_emulator/config', {
      method: 'POST',
      headers: { ...json, 'Content-Length': String(10 * 1024 * 1024) },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(declared.status).toBe(413)
    expect(pulled).toBeLessThanOrEqual(1) // a stream may pre-pull one chunk; the body was not read
  })
})
