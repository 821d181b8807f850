import { describe, expect, it } from 'vitest'
import { arrange, placementFor, PositionError, type Placed } from './arrange'

/** A tiny model of the server: one sequence, insertions exactly as the API describes them. */
class Album {
  order: string[]
  records: Placed[] = []
  seq = 0
  constructor(media: string[]) {
    this.order = [...media]
  }
  get media() {
    return this.order.filter((id) => id.startsWith('m'))
  }
  add(id: string, position: Parameters<typeof placementFor>[0]) {
    // What Shoebox records: the placement resolved against what it shows now.
    const shown = arrange(this.media, this.records).map((e) => e.id)
    const placement = placementFor(position, shown)
    this.records.push({ id, seq: ++this.seq, placement })
    // What the server does.
    const anchor = position.relativeMediaItemId ?? position.relativeEnrichmentItemId
    const at = position.position === 'FIRST_IN_ALBUM' ? 0 : position.position === 'LAST_IN_ALBUM' ? this.order.length : this.order.indexOf(anchor!) + 1
    this.order.splice(at, 0, id)
  }
  appendMedia(id: string) {
    this.order.push(id)
  }
  removeMedia(id: string) {
    this.order = this.order.filter((x) => x !== id)
  }
  shown(complete = true) {
    return arrange(this.media, this.records, complete).map((e) => e.id)
  }
}

describe('arrange: local enrichments among media items', () => {
  it('places FIRST, LAST, AFTER_MEDIA_ITEM and AFTER_ENRICHMENT_ITEM as the server does', () => {
    const a = new Album(['m1', 'm2', 'm3'])
    a.add('eFirst', { position: 'FIRST_IN_ALBUM' })
    a.add('eLast', { position: 'LAST_IN_ALBUM' })
    a.add('eAfterM2', { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm2' })
    a.add('eAfterE', { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: 'eAfterM2' })
    expect(a.order).toEqual(['eFirst', 'm1', 'm2', 'eAfterM2', 'eAfterE', 'm3', 'eLast'])
    expect(a.shown()).toEqual(a.order)
  })

  it('a later FIRST goes before an earlier one; a later insert after the same item goes nearer to it', () => {
    const a = new Album(['m1', 'm2'])
    a.add('e1', { position: 'FIRST_IN_ALBUM' })
    a.add('e2', { position: 'FIRST_IN_ALBUM' })
    a.add('e3', { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm1' })
    a.add('e4', { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm1' })
    expect(a.order).toEqual(['e2', 'e1', 'm1', 'e4', 'e3', 'm2'])
    expect(a.shown()).toEqual(a.order)
  })

  it('media appended later come after an enrichment that was last', () => {
    const a = new Album(['m1'])
    a.add('eEnd', { position: 'LAST_IN_ALBUM' })
    a.appendMedia('m2')
    a.add('eEnd2', { position: 'LAST_IN_ALBUM' })
    a.appendMedia('m3')
    expect(a.order).toEqual(['m1', 'eEnd', 'm2', 'eEnd2', 'm3'])
    expect(a.shown()).toEqual(a.order)
  })

  it('LAST in an empty album, and after an enrichment that is last', () => {
    const a = new Album([])
    a.add('e1', { position: 'LAST_IN_ALBUM' })
    a.add('e2', { position: 'LAST_IN_ALBUM' })
    a.appendMedia('m1')
    expect(a.shown()).toEqual(['e1', 'e2', 'm1'])
    expect(a.shown()).toEqual(a.order)
  })

  it('keeps its place when the item it followed is removed from the album', () => {
    const a = new Album(['m1', 'm2', 'm3'])
    a.add('e', { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm2' })
    a.removeMedia('m2')
    expect(a.order).toEqual(['m1', 'e', 'm3'])
    expect(a.shown()).toEqual(a.order)
    a.removeMedia('m1')
    expect(a.shown()).toEqual(['e', 'm3'])
  })

  it('leaves out records whose anchor is on a page not loaded yet, instead of guessing', () => {
    const a = new Album(['m1', 'm2', 'm3', 'm4'])
    a.add('e', { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm4' })
    a.add('eChained', { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: 'e' })
    a.add('eTop', { position: 'FIRST_IN_ALBUM' })
    expect(arrange(['m1', 'm2'], a.records, false).map((x) => x.id)).toEqual(['eTop', 'm1', 'm2'])
    expect(a.shown()).toEqual(['eTop', 'm1', 'm2', 'm3', 'm4', 'e', 'eChained'])
  })

  it('keeps media indexes for the grid', () => {
    const entries = arrange(['m1', 'm2'], [{ id: 'e', seq: 1, placement: { after: 'm1', context: [] } }])
    expect(entries).toEqual([
      { kind: 'media', id: 'm1', index: 0 },
      { kind: 'enrichment', id: 'e', record: { id: 'e', seq: 1, placement: { after: 'm1', context: [] } } },
      { kind: 'media', id: 'm2', index: 1 },
    ])
  })

  it('refuses positions it cannot resolve', () => {
    expect(() => placementFor({ position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'nope' }, ['m1'])).toThrow(PositionError)
    expect(() => placementFor({ position: 'LAST_IN_ALBUM' }, ['m1'], false)).toThrow(PositionError)
    expect(() => placementFor({ position: 'POSITION_TYPE_UNSPECIFIED' }, ['m1'])).toThrow(PositionError)
    expect(placementFor({ position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'm3' }, ['m1', 'm2', 'm3'])).toEqual({
      after: 'm3',
      context: ['m2', 'm1'],
    })
  })
})
