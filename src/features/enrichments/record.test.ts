import { afterEach, describe, expect, it } from 'vitest'
import { deleteDB } from 'idb'
import { arrange, placementFor } from './arrange'
import { DB_NAME, closeRecord, forgetAlbum, kindOf, listEnrichments, recordEnrichment } from './record'
import type { AlbumPosition } from '../../api/types'

afterEach(async () => {
  await closeRecord()
  await deleteDB(DB_NAME)
})

const text = (t: string) => ({ textEnrichment: { text: t } })

async function add(albumId: string, id: string, position: AlbumPosition, media: string[]) {
  const shown = arrange(media, await listEnrichments(albumId)).map((e) => e.id)
  return recordEnrichment({ id, albumId, item: text(id), position, placement: placementFor(position, shown) })
}

describe('local enrichment record', () => {
  it('keeps each album apart, in creation order, across reopening', async () => {
    const media = ['m1', 'm2']
    await add('A', 'a1', { position: 'LAST_IN_ALBUM' }, media)
    await add('B', 'b1', { position: 'FIRST_IN_ALBUM' }, media)
    await add('A', 'a2', { position: 'FIRST_IN_ALBUM' }, media)
    await closeRecord()
    const a = await listEnrichments('A')
    expect(a.map((r) => [r.id, r.seq])).toEqual([
      ['a1', 1],
      ['a2', 2],
    ])
    expect((await listEnrichments('B')).map((r) => r.id)).toEqual(['b1'])
  })

  it('rebuilds every position kind in the server order after a reload', async () => {
    const media = ['m1', 'm2', 'm3']
    await add('A', 'text-first', { position: 'FIRST_IN_ALBUM' }, media)
    await add('A', 'map-last', { position: 'LAST_IN_ALBUM' }, media)
    await add('A', 'loc-after-m1', { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm1' }, media)
    await add('A', 'text-after-loc', { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: 'loc-after-m1' }, media)
    await closeRecord()
    const order = arrange(media, await listEnrichments('A')).map((e) => e.id)
    expect(order).toEqual(['text-first', 'm1', 'loc-after-m1', 'text-after-loc', 'm2', 'm3', 'map-last'])
  })

  it('forgets one album only', async () => {
    await add('A', 'a1', { position: 'FIRST_IN_ALBUM' }, [])
    await add('B', 'b1', { position: 'FIRST_IN_ALBUM' }, [])
    await forgetAlbum('A')
    expect(await listEnrichments('A')).toEqual([])
    expect(await listEnrichments('B')).toHaveLength(1)
  })

  it('names the kind of an enrichment', () => {
    expect(kindOf(text('x'))).toBe('text')
    expect(kindOf({ locationEnrichment: {} })).toBe('location')
    expect(kindOf({ mapEnrichment: {} })).toBe('map')
  })
})
