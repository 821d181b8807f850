// @vitest-environment ./src/test/node-env.ts
// Lost answers against the in-process emulator: a dropped response means the server acted, a 503 that it did not.
import { beforeEach, describe, expect, it } from 'vitest'
import { isApiError, isOutcomeUnknownError, OutcomeUnknownError } from '../api'
import { createTestClient } from '../api/test-harness'
import { createTestEmulator, type TestEmulator } from '../test/emulator'
import {
  checkAlbumPatched,
  checkDescriptionSaved,
  checkItemsAdded,
  checkItemsRemoved,
  findCreatedAlbum,
  isLostAnswer,
  withKnownOutcome,
} from './write-outcome'

let emu: TestEmulator
let t: ReturnType<typeof createTestClient>

beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
  t = createTestClient(emu)
})

const dropNext = (match: string) => emu.control.enqueueFaults([{ kind: 'drop', match }])
const refuseNext = (match: string) => emu.control.enqueueFaults([{ status: 503, match }])

/** Wraps a write to note whether its answer was lost (so a test proves the drop really happened). */
function watched<T>(write: () => Promise<T>) {
  const seen = { lost: false }
  const run = () =>
    write().catch((e: unknown) => {
      seen.lost = isLostAnswer(e)
      throw e
    })
  return { run, seen }
}

async function appAlbum(title = 'Holiday') {
  const album = await t.client.albums.create({ title })
  const items = (await t.client.mediaItems.list({ pageSize: 3 })).mediaItems.map((m) => m.id!)
  return { album, items }
}

async function albumItemIds(albumId: string) {
  return (await t.client.mediaItems.searchAll({ albumId })).map((m) => m.id)
}

describe('withKnownOutcome', () => {
  it('returns what the check read back when the answer was lost but the write happened', async () => {
    const lost = () => Promise.reject(new OutcomeUnknownError('x', new Error('reset')))
    await expect(withKnownOutcome('x', lost, async () => ({ value: 42 }))).resolves.toBe(42)
  })

  it('keeps the original error when the check finds the write did not happen, and says "unknown" when the check fails', async () => {
    refuseNext('albums')
    const write = () => t.client.albums.create({ title: 'Never' })
    const error = await withKnownOutcome('albums.create', write, async () => undefined).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)
    const unknown = await withKnownOutcome(
      'albums.create',
      () => Promise.reject(error),
      () => Promise.reject(new Error('still offline')),
    ).catch((e: unknown) => e)
    expect(isOutcomeUnknownError(unknown)).toBe(true)
    // It tells how the write's own answer was lost (a 503 here), not how the check failed.
    expect(unknown).toMatchObject({ lostAnswer: 'server-error' })
    const dropped = await withKnownOutcome(
      'albums.create',
      () => Promise.reject(new OutcomeUnknownError('albums.create', new TypeError('Failed to fetch'))),
      () => Promise.reject(new Error('still offline')),
    ).catch((e: unknown) => e)
    expect(dropped).toMatchObject({ lostAnswer: 'dropped' })
  })

  it('never checks after a permanent refusal', async () => {
    let checked = false
    const refusal = await withKnownOutcome(
      'albums.patch',
      () => t.client.albums.patch('no-such-album', { title: 'x' }),
      async () => {
        checked = true
        return undefined
      },
    ).catch((e: unknown) => e)
    expect(isLostAnswer(refusal)).toBe(false)
    expect(checked).toBe(false)
  })
})

describe('albums.create', () => {
  it('after a dropped answer finds the album that was created, so a retry makes no second one', async () => {
    const before = (await t.client.albums.list({ pageSize: 50, excludeNonAppCreatedData: true })).albums.map((a) => a.id!)
    await t.client.albums.create({ title: 'Trip' }) // an older album with the same title
    const known = new Set([...before, ...(await t.client.albums.list({ pageSize: 50, excludeNonAppCreatedData: true })).albums.map((a) => a.id!)])
    dropNext('albums')
    const write = watched(() => t.client.albums.create({ title: 'Trip' }))
    const created = await withKnownOutcome('albums.create', write.run, () => findCreatedAlbum(t.client, 'Trip', known))
    expect(write.seen.lost).toBe(true)
    expect(known.has(created.id!)).toBe(false)
    const trips = (await t.client.albums.list({ pageSize: 50, excludeNonAppCreatedData: true })).albums.filter((a) => a.title === 'Trip')
    expect(trips).toHaveLength(2)
  })

  it('after a 503 reports that nothing was created', async () => {
    refuseNext('albums')
    const known = new Set<string>()
    const error = await withKnownOutcome('albums.create', () => t.client.albums.create({ title: 'Lost' }), () => findCreatedAlbum(t.client, 'Lost', known)).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)
    expect((await t.client.albums.list({ pageSize: 50 })).albums.some((a) => a.title === 'Lost')).toBe(false)
  })
})

describe('album items', () => {
  it('add: a dropped answer counts as added; a 503 as not added', async () => {
    const { album, items } = await appAlbum()
    dropNext('batchAddMediaItems')
    const write = watched(() => t.client.albums.batchAddMediaItems(album.id!, items))
    await withKnownOutcome('add', write.run, () => checkItemsAdded(t.client, album.id!, items))
    expect(write.seen.lost).toBe(true)
    expect(await albumItemIds(album.id!)).toEqual(expect.arrayContaining(items))

    const { album: other } = await appAlbum('Other')
    refuseNext('batchAddMediaItems')
    const error = await withKnownOutcome('add', () => t.client.albums.batchAddMediaItems(other.id!, items), () => checkItemsAdded(t.client, other.id!, items)).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)
  })

  it('remove: a dropped answer counts as removed; a 503 as not removed', async () => {
    const { album, items } = await appAlbum()
    await t.client.albums.batchAddMediaItems(album.id!, items)
    dropNext('batchRemoveMediaItems')
    const write = watched(() => t.client.albums.batchRemoveMediaItems(album.id!, items.slice(0, 1)))
    await withKnownOutcome('remove', write.run, () => checkItemsRemoved(t.client, album.id!, items.slice(0, 1)))
    expect(write.seen.lost).toBe(true)
    expect(await albumItemIds(album.id!)).toEqual(items.slice(1))
    refuseNext('batchRemoveMediaItems')
    const error = await withKnownOutcome('remove', () => t.client.albums.batchRemoveMediaItems(album.id!, items.slice(1)), () => checkItemsRemoved(t.client, album.id!, items.slice(1))).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)
  })
})

describe('rename, cover and description', () => {
  it('re-read the resource after a dropped answer', async () => {
    const { album, items } = await appAlbum()
    await t.client.albums.batchAddMediaItems(album.id!, items)
    dropNext('albums/')
    const write = watched(() => t.client.albums.patch(album.id!, { title: 'Renamed' }))
    const renamed = await withKnownOutcome('albums.patch', write.run, () => checkAlbumPatched(t.client, album.id!, { title: 'Renamed' }))
    expect(write.seen.lost).toBe(true)
    expect(renamed.title).toBe('Renamed')
    refuseNext('albums/')
    const cover = { coverPhotoMediaItemId: items[1] }
    const error = await withKnownOutcome('albums.patch', () => t.client.albums.patch(album.id!, cover), () => checkAlbumPatched(t.client, album.id!, cover)).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)

    expect((await t.client.albums.get(album.id!)).coverPhotoMediaItemId).not.toBe(items[1])
  })

  it('description: saved after a dropped answer, not saved after a 503', async () => {
    const items = (await t.client.mediaItems.list({ pageSize: 50 })).mediaItems
    // The first item this app may edit (an app-created one).
    let itemId: string | undefined
    for (const item of items) {
      const ok = await t.client.mediaItems.patch(item.id!, { description: 'probe' }).then(() => true, () => false)
      if (ok) {
        itemId = item.id
        break
      }
    }
    expect(itemId).toBeDefined()
    const id = itemId!
    dropNext('mediaItems/')
    const write = watched(() => t.client.mediaItems.patch(id, { description: 'Boats' }))
    const saved = await withKnownOutcome('mediaItems.patch', write.run, () => checkDescriptionSaved(t.client, id, 'Boats'))
    expect(write.seen.lost).toBe(true)
    expect(saved.description).toBe('Boats')
    refuseNext('mediaItems/')
    const error = await withKnownOutcome('mediaItems.patch', () => t.client.mediaItems.patch(id, { description: 'Lake' }), () => checkDescriptionSaved(t.client, id, 'Lake')).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)
    expect((await t.client.mediaItems.get(id)).description).toBe('Boats')
  })
})
