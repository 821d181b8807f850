import { describe, expect, it } from 'vitest'
import type { BatchGetMediaItemsResponse, ListMediaItemsResponse, MediaItem, SearchMediaItemsResponse } from './api-types.gen'
import { long, setup, type Client } from './test-support/helpers'
import { jpeg } from './test-support/images'

const search = (c: Client, body: unknown) => c.post<SearchMediaItemsResponse & { error?: { message: string } }>('/v1/mediaItems:search', body)

describe('mediaItems', () => {
  it('list: default 25, max 100, newest first, archived excluded, token paging', async () => {
    const { demo } = setup({ largeLibrary: { items: 150 } })
    const first = await demo.get<ListMediaItemsResponse>('/v1/mediaItems')
    expect(first.body.mediaItems).toHaveLength(25)
    const times = first.body.mediaItems?.map((m) => Date.parse(m.mediaMetadata?.creationTime ?? '')) ?? []
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect((await demo.get<ListMediaItemsResponse>('/v1/mediaItems?pageSize=1000')).body.mediaItems).toHaveLength(100)
    let token: string | undefined
    const ids: string[] = []
    do {
      const r = await demo.get<ListMediaItemsResponse>(`/v1/mediaItems?pageSize=100${token ? `&pageToken=${token}` : ''}`)
      ids.push(...(r.body.mediaItems ?? []).map((m) => m.id as string))
      token = r.body.nextPageToken
    } while (token)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(150 + 9 - 1) // receipt is archived
  })

  it('get / batchGet: order, per-item status, limits', async () => {
    const { demo } = setup()
    const items = (await demo.get<ListMediaItemsResponse>('/v1/mediaItems')).body.mediaItems ?? []
    const one = await demo.get<MediaItem>(`/v1/mediaItems/${items[0].id}`)
    expect(one.body.id).toBe(items[0].id)
    expect((await demo.get('/v1/mediaItems/bad')).status).toBe(400)
    expect((await demo.get(`/v1/mediaItems/${'AEmuSx' + 'z'.repeat(92)}`)).status).toBe(404)
    const q = [items[2].id, 'bad', items[0].id].map((i) => `mediaItemIds=${i}`).join('&')
    const b = await demo.get<BatchGetMediaItemsResponse>(`/v1/mediaItems:batchGet?${q}`)
    expect(b.body.mediaItemResults?.map((r) => r.mediaItem?.id ?? r.status?.code)).toEqual([items[2].id, 3, items[0].id])
    expect((await demo.get('/v1/mediaItems:batchGet')).status).toBe(400)
    expect((await demo.get(`/v1/mediaItems:batchGet?mediaItemIds=${items[0].id}&mediaItemIds=${items[0].id}`)).status).toBe(400)
    const many = Array.from({ length: 51 }, (_, i) => `mediaItemIds=x${i}`).join('&')
    expect((await demo.get(`/v1/mediaItems:batchGet?${many}`)).status).toBe(400)
  })

  it('patch: description only, <1000 chars, app-created items only', async () => {
    const { demo } = setup()
    const id = await demo.create(await jpeg(20, 20))
    const r = await demo.patch<MediaItem>(`/v1/mediaItems/${id}?updateMask=description`, { description: 'hello' })
    expect(r.body.description).toBe('hello')
    expect((await demo.patch(`/v1/mediaItems/${id}?updateMask=description`, { description: long(999) })).status).toBe(200)
    expect((await demo.patch(`/v1/mediaItems/${id}?updateMask=description`, { description: long(1000) })).status).toBe(400)
    expect((await demo.patch(`/v1/mediaItems/${id}?updateMask=filename`, { filename: 'x' })).status).toBe(400)
    expect((await demo.patch(`/v1/mediaItems/${id}`, { description: 'x' })).status).toBe(400)
    const seeded = (await demo.get<ListMediaItemsResponse>('/v1/mediaItems?pageSize=100')).body.mediaItems?.at(-1)
    expect((await demo.patch(`/v1/mediaItems/${seeded?.id}?updateMask=description`, { description: 'x' })).status).toBe(403)
  })
})

describe('mediaItems.search', () => {
  it('no filters: library newest first, archived hidden unless includeArchivedMedia', async () => {
    const { demo } = setup()
    const all = await search(demo, {})
    expect(all.body.mediaItems).toHaveLength(8)
    const withArchived = await search(demo, { filters: { includeArchivedMedia: true } })
    expect(withArchived.body.mediaItems).toHaveLength(9)
  })

  it('content, media type and feature filters', async () => {
    const { demo } = setup()
    const pets = await search(demo, { filters: { contentFilter: { includedContentCategories: ['PETS'] } } })
    expect(pets.body.mediaItems?.map((m) => m.filename).sort()).toEqual(['IMG_CAT_WINDOW.jpg', 'IMG_DOG_PARK.jpg'])
    const travelNoCity = await search(demo, {
      filters: { contentFilter: { includedContentCategories: ['TRAVEL', 'NONE'], excludedContentCategories: ['CITYSCAPES'] } },
    })
    expect(travelNoCity.body.mediaItems?.map((m) => m.filename).sort()).toEqual(['IMG_BEACH_SUNSET.jpg', 'IMG_MOUNTAIN_LAKE.jpg', 'VID_WAVES.mp4'])
    const videos = await search(demo, { filters: { mediaTypeFilter: { mediaTypes: ['VIDEO'] } } })
    expect(videos.body.mediaItems?.map((m) => m.filename)).toEqual(['VID_WAVES.mp4'])
    const photos = await search(demo, { filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } })
    expect(photos.body.mediaItems).toHaveLength(7)
    const favs = await search(demo, { filters: { featureFilter: { includedFeatures: ['FAVORITES'] } } })
    expect(favs.body.mediaItems?.map((m) => m.filename).sort()).toEqual(['IMG_BEACH_SUNSET.jpg', 'IMG_CAT_WINDOW.jpg'])
  })

  it('date filters: full dates, month, year, anniversary, ranges, orderBy', async () => {
    const { demo } = setup()
    const names = async (filters: unknown, orderBy?: string) =>
      (await search(demo, { filters, ...(orderBy ? { orderBy } : {}) })).body.mediaItems?.map((m) => m.filename) ?? []
    expect(await names({ dateFilter: { dates: [{ year: 2023, month: 7, day: 14 }] } })).toEqual(['VID_WAVES.mp4', 'IMG_BEACH_SUNSET.jpg'])
    expect((await names({ dateFilter: { dates: [{ year: 2023, month: 7 }] } })).length).toBe(3)
    expect((await names({ dateFilter: { dates: [{ year: 2024 }] } })).length).toBe(3)
    expect(await names({ dateFilter: { dates: [{ month: 8, day: 21 }] } })).toEqual(['IMG_MOUNTAIN_LAKE.jpg'])
    const range = { dateFilter: { ranges: [{ startDate: { year: 2022, month: 1, day: 1 }, endDate: { year: 2023, month: 7, day: 14 } }] } }
    expect(await names(range, 'MediaMetadata.creation_time')).toEqual(['IMG_MOUNTAIN_LAKE.jpg', 'IMG_BEACH_SUNSET.jpg', 'VID_WAVES.mp4'])
    expect(await names(range, 'MediaMetadata.creation_time desc')).toEqual(['VID_WAVES.mp4', 'IMG_BEACH_SUNSET.jpg', 'IMG_MOUNTAIN_LAKE.jpg'])
  })

  it('every validation rule → 400 INVALID_ARGUMENT', async () => {
    const { demo } = setup()
    const d = (year: number, month: number, day: number) => ({ year, month, day })
    const cats = ['LANDSCAPES', 'RECEIPTS', 'CITYSCAPES', 'LANDMARKS', 'SELFIES', 'PEOPLE', 'PETS', 'WEDDINGS', 'BIRTHDAYS', 'DOCUMENTS', 'TRAVEL']
    const albumId = (await demo.post<{ id: string }>('/v1/albums', { album: { title: 'x' } })).body.id
    const bad: unknown[] = [
      { albumId, filters: { includeArchivedMedia: true } },
      { albumId, filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } },
      { orderBy: 'MediaMetadata.creation_time' },
      { orderBy: 'MediaMetadata.creation_time', filters: { dateFilter: { dates: [d(2023, 7, 14)] }, contentFilter: { includedContentCategories: ['PETS'] } } },
      { orderBy: 'MediaMetadata.creation_time', filters: { dateFilter: { dates: [d(2023, 7, 14)] }, featureFilter: { includedFeatures: ['FAVORITES'] } } },
      { orderBy: 'filename', filters: { dateFilter: { dates: [d(2023, 7, 14)] } } },
      { filters: { dateFilter: { dates: [d(0, 0, 0)] } } },
      { filters: { dateFilter: { dates: [d(2023, 0, 5)] } } },
      { filters: { dateFilter: { dates: [d(0, 5, 0)] } } },
      { filters: { dateFilter: { dates: [d(2023, 2, 30)] } } },
      { filters: { dateFilter: { dates: [d(2023, 13, 1)] } } },
      { filters: { dateFilter: { dates: [d(10000, 1, 1)] } } },
      { filters: { dateFilter: { dates: Array.from({ length: 6 }, (_, i) => d(2020 + i, 1, 1)) } } },
      { filters: { dateFilter: { ranges: Array.from({ length: 6 }, (_, i) => ({ startDate: d(2020 + i, 1, 1), endDate: d(2020 + i, 2, 1) })) } } },
      { filters: { dateFilter: { ranges: [{ startDate: d(2020, 1, 1), endDate: { year: 2021 } }] } } },
      { filters: { dateFilter: { ranges: [{ startDate: d(2020, 1, 1) }] } } },
      { filters: { contentFilter: { includedContentCategories: cats } } },
      { filters: { contentFilter: { excludedContentCategories: cats } } },
      { filters: { contentFilter: { includedContentCategories: ['PETS'], excludedContentCategories: ['PETS'] } } },
      { filters: { mediaTypeFilter: { mediaTypes: ['PHOTO', 'VIDEO'] } } },
      { filters: { mediaTypeFilter: { mediaTypes: ['GIF'] } } },
      { filters: { contentFilter: { includedContentCategories: ['KITTENS'] } } },
      { pageSize: -5 },
      { pageToken: 'garbage' },
    ]
    for (const body of bad) {
      const r = await search(demo, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.body.error).toMatchObject({ status: 'INVALID_ARGUMENT' })
    }
    // 5 dates, 5 ranges and 10 categories are fine; NONE is ignored
    const ok = await search(demo, {
      filters: {
        dateFilter: { dates: Array.from({ length: 5 }, (_, i) => d(2020 + i, 1, 1)), ranges: Array.from({ length: 5 }, (_, i) => ({ startDate: { year: 2020 + i }, endDate: { year: 2020 + i } })) },
        contentFilter: { includedContentCategories: cats.slice(0, 10), excludedContentCategories: ['NONE'] },
      },
    })
    expect(ok.status).toBe(200)
  })

  it('pageSize default 25 / max 100; token bound to the request', async () => {
    const { demo } = setup({ largeLibrary: { items: 300 } })
    expect((await search(demo, {})).body.mediaItems).toHaveLength(25)
    const big = await search(demo, { pageSize: 500 })
    expect(big.body.mediaItems).toHaveLength(100)
    const t = big.body.nextPageToken
    expect((await search(demo, { pageSize: 100, pageToken: t })).status).toBe(200)
    expect((await search(demo, { pageToken: t, filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } })).status).toBe(400)
  })

  it('items without a capture date and future-dated items are excluded from filtered searches', async () => {
    const { demo, emu } = setup()
    const noDate = await demo.create(await jpeg(30, 20))
    const future = await demo.create(await jpeg(30, 20, { date: '2030:01:01 10:00:00' }))
    const unfiltered = (await search(demo, { pageSize: 100 })).body.mediaItems?.map((m) => m.id)
    expect(unfiltered).toContain(noDate)
    expect(unfiltered).toContain(future)
    const item = (await demo.get<MediaItem>(`/v1/mediaItems/${noDate}`)).body
    expect(Date.parse(item.mediaMetadata?.creationTime ?? '')).toBe(emu.clock.now())
    const year = new Date(emu.clock.now()).getUTCFullYear()
    const dated = (await search(demo, { filters: { dateFilter: { dates: [{ year }] } } })).body.mediaItems?.map((m) => m.id) ?? []
    expect(dated).not.toContain(noDate)
    const photos = (await search(demo, { pageSize: 100, filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } })).body.mediaItems?.map((m) => m.id)
    expect(photos).toContain(noDate)
    expect(photos).not.toContain(future)
  })

  it('album search returns album order; productUrl points into the album', async () => {
    const { demo } = setup()
    const albumId = (await demo.post<{ id: string }>('/v1/albums', { album: { title: 'order' } })).body.id
    const a = await demo.create(await jpeg(10, 10), { albumId })
    const b = await demo.create(await jpeg(10, 10), { albumId })
    const r = await search(demo, { albumId })
    expect(r.body.mediaItems?.map((m) => m.id)).toEqual([a, b])
    expect(r.body.mediaItems?.[0].productUrl).toBe(`https://photos.google.com/lr/album/${albumId}/photo/${a}`)
    expect(r.body.mediaItems?.[0].contributorInfo).toBeUndefined()
  })
})
