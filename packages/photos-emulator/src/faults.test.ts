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
