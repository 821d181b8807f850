import { describe, expect, it } from 'vitest'
import { setup } from './test-support/helpers'

describe('faults', () => {
  it('queue: exact statuses for the next requests, with Retry-After and Google messages', async () => {
    const { emu, demo } = setup()
    emu.control.enqueueFaults([{ status: 429 }, { status: 429, quota: 'daily' }, { status: 503 }, { status: 500 }, { status: 401 }])
    const a = await demo.get<{ error: { message: string; status: string } }>('/v1/albums')
    expect(a.status).toBe(429)
    expect(a.headers.get('Retry-After')).toBe('30')
    expect(a.body.error.status).toBe('RESOURCE_EXHAUSTED')
    expect(a.body.error.message).toContain("'Write requests per minute per user'")
    const b = await demo.get<{ error: { message: string } }>('/v1/albums')
    expect(b.body.error.message).toContain("'All requests per day'")
    expect(Number(b.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await demo.get('/v1/albums')).body).toEqual({ error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } })
    expect((await demo.get('/v1/albums')).body).toEqual({ error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } })
    expect((await demo.get('/v1/albums')).status).toBe(401)
    expect((await demo.get('/v1/albums')).status).toBe(200)
  })

  it('a 503 is answered before the request is handled (no side effect)', async () => {
    const { emu, demo } = setup()
    emu.control.enqueueFaults([{ status: 503, match: '/v1/albums' }])
    const before = (await emu.control.users()).length
    expect((await demo.post('/v1/albums', { album: { title: 'x' } })).status).toBe(503)
    const list = await demo.get<{ albums: { title: string }[] }>('/v1/albums?pageSize=50')
    expect(list.body.albums.some((a) => a.title === 'x')).toBe(false)
    expect((await emu.control.users()).length).toBe(before)
  })

  it('a queued fault with a method waits for that method: a dropped albums.create acts, the list before it is untouched', async () => {
    const { emu, demo } = setup()
    emu.control.enqueueFaults([{ kind: 'drop', match: '/v1/albums', method: 'POST' }])
    expect((await demo.get('/v1/albums')).status).toBe(200)
    expect(await emu.fetch('/_emulator/faults').then((r) => r.json())).toMatchObject({ queue: [{ kind: 'drop', method: 'POST' }] })
    const dropped = await emu.fetch('/v1/albums', { method: 'POST', headers: { Authorization: 'Bearer demo' }, body: JSON.stringify({ album: { title: 'Acted' } }) })
    await expect(dropped.text()).rejects.toThrow(/dropped/)
    const list = await demo.get<{ albums: { title: string }[] }>('/v1/albums?pageSize=50')
    expect(list.body.albums.filter((a) => a.title === 'Acted')).toHaveLength(1)
  })

  it('drop: the body stream errors after some bytes', async () => {
    const { emu } = setup()
    emu.control.enqueueFaults([{ kind: 'drop', afterBytes: 10 }])
    const r = await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo' } })
    expect(r.status).toBe(200)
    const reader = (r.body as ReadableStream<Uint8Array>).getReader()
    const first = await reader.read()
    expect(first.value?.length).toBe(10)
    await expect(reader.read()).rejects.toThrow(/dropped/)
  })

  it('random faults are deterministic for a seed', async () => {
    const run = async () => {
      const { emu } = setup({ faults: { rate429: 0.2, rate500: 0.1, rate503: 0.1, seed: 42 } })
      const statuses: number[] = []
      for (let i = 0; i < 40; i++) statuses.push((await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo' } })).status)
      return statuses
    }
    const a = await run()
    expect(a).toEqual(await run())
    expect(a.filter((s) => s === 200).length).toBeGreaterThan(10)
    expect(new Set(a)).toEqual(new Set([200, 429, 500, 503]))
  })

  it('GET /_emulator/faults lists every injected fault, random or queued; a random 429 can ask for a short wait', async () => {
    const { emu, demo } = setup({ faults: { rate429: 1, retryAfter: 2, seed: 3 } })
    const limited = await demo.get('/v1/albums')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('2')
    await emu.fetch('/_emulator/faults', { method: 'POST', body: JSON.stringify({ config: { rate500: 0.5, seed: 7 }, queue: [{ kind: 'drop', match: '/v1/albums', method: 'POST' }] }) })
    const dropped = await emu.fetch('/v1/albums', { method: 'POST', headers: { Authorization: 'Bearer demo' }, body: JSON.stringify({ album: { title: 'Logged' } }) })
    await expect(dropped.text()).rejects.toThrow(/dropped/)
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await demo.get('/v1/albums')).status)
    const { injected } = (await emu.fetch('/_emulator/faults').then((r) => r.json())) as { injected: { kind: number | string; method: string; path: string; random: boolean }[] }
    // Setting the config started a new log: the 429 before it is gone.
    expect(injected[0]).toEqual({ kind: 'drop', method: 'POST', path: '/v1/albums', random: false })
    expect(injected.slice(1)).toEqual(statuses.filter((s) => s !== 200).map(() => ({ kind: 500, method: 'GET', path: '/v1/albums', random: true })))
    expect(injected.length).toBeGreaterThan(1)
    await emu.fetch('/_emulator/faults', { method: 'DELETE' })
    expect(await emu.fetch('/_emulator/faults').then((r) => r.json())).toEqual({ config: {}, queue: [], injected: [] })
  })

  it('faults over HTTP control routes; control routes are never faulted', async () => {
    const { emu, demo } = setup()
    const put = await emu.fetch('/_emulator/faults', { method: 'POST', body: JSON.stringify({ queue: [{ status: 503 }] }) })
    expect(put.status).toBe(200)
    expect((await emu.fetch('/_emulator/config')).status).toBe(200)
    expect((await demo.get('/v1/albums')).status).toBe(503)
    await emu.fetch('/_emulator/faults', { method: 'POST', body: JSON.stringify({ config: { rate500: 1 } }) })
    expect((await demo.get('/v1/albums')).status).toBe(500)
    await emu.fetch('/_emulator/faults', { method: 'DELETE' })
    expect((await demo.get('/v1/albums')).status).toBe(200)
  })

  it('latency delays the response', async () => {
    const { emu, demo } = setup()
    emu.control.enqueueFaults([{ kind: 'latency', ms: 60 }])
    const t = performance.now()
    await demo.get('/v1/albums')
    expect(performance.now() - t).toBeGreaterThanOrEqual(50)
  })
})
