import { describe, expect, it } from 'vitest'
import type { Album } from './api-types.gen'
import { setup } from './test-support/helpers'
import { jpeg } from './test-support/images'

describe('albums.addEnrichment', () => {
  it('text/location/map at every position kind; one ordered sequence; never listed', async () => {
    const { emu, demo } = setup()
    const albumId = (await demo.post<Album>('/v1/albums', { album: { title: 'Story' } })).body.id as string
    const m1 = await demo.create(await jpeg(10, 10), { albumId })
    const add = async (item: unknown, pos: unknown) => demo.post<{ enrichmentItem: { id: string } }>(`/v1/albums/${albumId}:addEnrichment`, { newEnrichmentItem: item, albumPosition: pos })
    const t = await add({ textEnrichment: { text: 'Day one' } }, { position: 'FIRST_IN_ALBUM' })
    expect(t.status).toBe(200)
    const tid = t.body.enrichmentItem.id
    const loc = await add({ locationEnrichment: { location: { locationName: 'Lisbon', latlng: { latitude: 38.7, longitude: -9.1 } } } }, { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: m1 })
    const map = await add(
      { mapEnrichment: { origin: { locationName: 'Lisbon' }, destination: { locationName: 'Porto', latlng: { latitude: 41.1, longitude: -8.6 } } } },
      { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: tid },
    )
    const end = await add({ textEnrichment: { text: 'The end' } }, { position: 'LAST_IN_ALBUM' })
    // a later media item positioned relative to an enrichment
    const tok = await demo.upload(await jpeg(10, 10))
    const m2 = (await demo.post<{ newMediaItemResults: { mediaItem: { id: string } }[] }>('/v1/mediaItems:batchCreate', {
      albumId,
      albumPosition: { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: map.body.enrichmentItem.id },
      newMediaItems: [{ simpleMediaItem: { uploadToken: tok } }],
    })).body.newMediaItemResults[0].mediaItem.id
    const seq = await emu.control.albumSequence(albumId)
    expect(seq?.map((e) => e.id)).toEqual([tid, map.body.enrichmentItem.id, m2, m1, loc.body.enrichmentItem.id, end.body.enrichmentItem.id])
    const http = await emu.fetch(`/_emulator/albums/${albumId}/sequence`)
    expect(((await http.json()) as { sequence: unknown[] }).sequence).toHaveLength(6)
    const listed = await demo.post<{ mediaItems: { id: string }[] }>('/v1/mediaItems:search', { albumId })
    expect(listed.body.mediaItems.map((m) => m.id)).toEqual([m2, m1])
    expect((await demo.get<Album>(`/v1/albums/${albumId}`)).body.mediaItemsCount).toBe('2')
  })

  it('validation: position required, exactly one type, relative ids must exist, lat/lng ranges, owner only', async () => {
    const { demo, carol } = setup()
    const albumId = (await demo.post<Album>('/v1/albums', { album: { title: 'S' } })).body.id as string
    const bad: unknown[] = [
      { newEnrichmentItem: { textEnrichment: { text: 'x' } } },
      { albumPosition: { position: 'FIRST_IN_ALBUM' } },
      { newEnrichmentItem: {}, albumPosition: { position: 'FIRST_IN_ALBUM' } },
      { newEnrichmentItem: { textEnrichment: { text: 'x' }, locationEnrichment: { location: { locationName: 'y' } } }, albumPosition: { position: 'FIRST_IN_ALBUM' } },
      { newEnrichmentItem: { textEnrichment: { text: 'x' } }, albumPosition: { position: 'POSITION_TYPE_UNSPECIFIED' } },
      { newEnrichmentItem: { textEnrichment: { text: 'x' } }, albumPosition: { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'nope' } },
      { newEnrichmentItem: { textEnrichment: { text: 'x' } }, albumPosition: { position: 'AFTER_ENRICHMENT_ITEM' } },
      { newEnrichmentItem: { textEnrichment: { text: 'x' } }, albumPosition: { position: 'FIRST_IN_ALBUM', relativeMediaItemId: 'nope' } },
      { newEnrichmentItem: { locationEnrichment: { location: { latlng: { latitude: 91, longitude: 0 } } } }, albumPosition: { position: 'FIRST_IN_ALBUM' } },
      { newEnrichmentItem: { mapEnrichment: { origin: { locationName: 'a' } } }, albumPosition: { position: 'FIRST_IN_ALBUM' } },
    ]
    for (const body of bad) expect((await demo.post(`/v1/albums/${albumId}:addEnrichment`, body)).status, JSON.stringify(body)).toBe(400)
    expect((await carol.post(`/v1/albums/${albumId}:addEnrichment`, { newEnrichmentItem: { textEnrichment: { text: 'x' } }, albumPosition: { position: 'FIRST_IN_ALBUM' } })).status).toBe(404)
  })
})

describe('albums.batchAddMediaItems / batchRemoveMediaItems', () => {
  it('append in order, ≤50, all-or-nothing, app-created only, no repeats on remove', async () => {
    const { demo } = setup()
    const albumId = (await demo.post<Album>('/v1/albums', { album: { title: 'B' } })).body.id as string
    const ids = [await demo.create(await jpeg(10, 10)), await demo.create(await jpeg(10, 10)), await demo.create(await jpeg(10, 10))]
    expect((await demo.post(`/v1/albums/${albumId}:batchAddMediaItems`, { mediaItemIds: [ids[2], ids[0]] })).status).toBe(200)
    const seeded = (await demo.get<{ mediaItems: { id: string }[] }>('/v1/mediaItems?pageSize=100')).body.mediaItems.at(-1)?.id as string
    const bad = await demo.post<{ error: { message: string } }>(`/v1/albums/${albumId}:batchAddMediaItems`, { mediaItemIds: [ids[1], seeded] })
    expect(bad.body).toEqual({ error: { code: 400, message: 'Request contains an invalid media item id.', status: 'INVALID_ARGUMENT' } })
    expect((await demo.post(`/v1/albums/${albumId}:batchAddMediaItems`, { mediaItemIds: [] })).status).toBe(400)
    expect((await demo.post(`/v1/albums/${albumId}:batchAddMediaItems`, { mediaItemIds: Array(51).fill(ids[0]) })).status).toBe(400)
    let order = (await demo.post<{ mediaItems: { id: string }[] }>('/v1/mediaItems:search', { albumId })).body.mediaItems.map((m) => m.id)
    expect(order).toEqual([ids[2], ids[0]])
    expect((await demo.post(`/v1/albums/${albumId}:batchRemoveMediaItems`, { mediaItemIds: [ids[0], ids[0]] })).status).toBe(400)
    expect((await demo.post(`/v1/albums/${albumId}:batchRemoveMediaItems`, { mediaItemIds: [] })).status).toBe(400)
    expect((await demo.post(`/v1/albums/${albumId}:batchRemoveMediaItems`, { mediaItemIds: [ids[0], ids[1]] })).status).toBe(400)
    expect((await demo.post(`/v1/albums/${albumId}:batchRemoveMediaItems`, { mediaItemIds: [ids[0]] })).status).toBe(200)
    order = (await demo.post<{ mediaItems: { id: string }[] }>('/v1/mediaItems:search', { albumId })).body.mediaItems.map((m) => m.id)
    expect(order).toEqual([ids[2]])
    expect((await demo.get(`/v1/mediaItems/${ids[0]}`)).status).toBe(200)
  })
})
