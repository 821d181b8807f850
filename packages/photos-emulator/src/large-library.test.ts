import { describe, expect, it } from 'vitest'
import type { ListMediaItemsResponse, SearchMediaItemsResponse } from './api-types.gen'
import { setup } from './test-support/helpers'

describe('large library', () => {
  it('10 000 generated items page to the end quickly (list and filtered search)', async () => {
    const { emu, demo } = setup({ largeLibrary: { items: 10_000 }, validate: false })
    await emu.control.ready()
    let t = performance.now()
    let token: string | undefined
    let n = 0
    let pages = 0
    const seen = new Set<string>()
    do {
      const r: { body: ListMediaItemsResponse } = await demo.get<ListMediaItemsResponse>(`/v1/mediaItems?pageSize=100${token ? `&pageToken=${token}` : ''}`)
      for (const m of r.body.mediaItems ?? []) seen.add(m.id as string)
      n += r.body.mediaItems?.length ?? 0
      token = r.body.nextPageToken
      pages++
    } while (token)
    const listMs = performance.now() - t
    expect(n).toBe(10_000 + 8)
    expect(seen.size).toBe(n)
    expect(listMs / pages).toBeLessThan(100) // typically ~5 ms; generous for loaded CI machines

    t = performance.now()
    token = undefined
    let photos = 0
    pages = 0
    do {
      const r: { body: SearchMediaItemsResponse } = await demo.post<SearchMediaItemsResponse>('/v1/mediaItems:search', {
        pageSize: 100,
        pageToken: token,
        filters: { dateFilter: { ranges: [{ startDate: { year: 2000 }, endDate: { year: 2030 } }] } },
      })
      photos += r.body.mediaItems?.length ?? 0
      token = r.body.nextPageToken
      pages++
    } while (token)
    expect(photos).toBeGreaterThan(9000)
    expect((performance.now() - t) / pages).toBeLessThan(100)
  }, 60_000)

  it('is deterministic, spread over years, and regenerable via the control API', async () => {
    const one = setup({ largeLibrary: { items: 50 } })
    const two = setup({ largeLibrary: { items: 50 } })
    const a = (await one.demo.get<ListMediaItemsResponse>('/v1/mediaItems?pageSize=100')).body.mediaItems ?? []
    const b = (await two.demo.get<ListMediaItemsResponse>('/v1/mediaItems?pageSize=100')).body.mediaItems ?? []
    expect(a.map((m) => m.id)).toEqual(b.map((m) => m.id))
    const years = new Set(a.map((m) => m.mediaMetadata?.creationTime?.slice(0, 4)))
    expect(years.size).toBeGreaterThan(3)
    const r = await one.emu.fetch('/_emulator/large-library', { method: 'POST', body: JSON.stringify({ items: 200 }) })
    expect(r.status).toBe(200)
    const all = (await one.demo.post<SearchMediaItemsResponse>('/v1/mediaItems:search', { pageSize: 100 })).body
    expect(all.nextPageToken).toBeDefined()
    expect(one.emu.control.getConfig().largeLibraryItems).toBe(200)
  })
})
