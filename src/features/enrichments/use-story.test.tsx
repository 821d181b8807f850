// Saving an enrichment against the in-process emulator: the flow reads the album and the local record as they
// are when the user saves, loads the pages the end of the album needs, and sends nothing it cannot place.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { deleteDB } from 'idb'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createTestEmulator, FIXTURE_DIR, type TestEmulator } from '@shoebox/photos-emulator/testing'
import { createTestClient } from '../../api/test-harness'
import type { PhotosClient } from '../../api'
import { albumKeys, createQueryClient, PhotosClientProvider, useAlbumItems, type MediaPages } from '../../queries'
import { PositionError } from './arrange'
import { DB_NAME, closeRecord, listEnrichments } from './record'
import { saveEnrichment, useSaveEnrichment } from './use-story'

let emu: TestEmulator
let t: ReturnType<typeof createTestClient>
let client: PhotosClient
let queryClient: QueryClient

beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
  t = createTestClient(emu)
  client = t.client
  queryClient = createQueryClient({ defaultOptions: { queries: { retry: false, notifyOnChangeProps: 'all' } } })
})
afterEach(async () => {
  queryClient.clear()
  await closeRecord()
  await deleteDB(DB_NAME)
})

function wrapper({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <PhotosClientProvider client={client}>{children}</PhotosClientProvider>
    </QueryClientProvider>
  )
}

const jpegBytes = () => new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))

/** An album of `count` photos uploaded into it (more than one page of 100 when count > 100), in album order. */
async function albumWith(count: number) {
  const album = await client.albums.create({ title: 'Story' })
  const files = Array.from({ length: count }, (_, i) => ({ file: new File([jpegBytes()], `p${i}.jpg`, { type: 'image/jpeg' }) }))
  const results = await client.uploads.uploadFiles(files, { albumId: album.id })
  t.recorder.clear()
  return { albumId: album.id!, ids: results.map((r) => r.mediaItem!.id!) }
}

const text = (value: string) => ({ textEnrichment: { text: value } })
const sentPositions = () => t.recorder.to('/v1/albums/').filter((c) => c.path.endsWith(':addEnrichment')).map((c) => t.recorder.json(c))

describe('saveEnrichment', () => {
  it('loads the rest of the album before placing an enrichment at its end, and keeps the pages in the cache', async () => {
    const { albumId, ids } = await albumWith(101)
    const view = renderHook(() => useAlbumItems(albumId), { wrapper })
    await waitFor(() => expect(view.result.current.data?.pages).toHaveLength(1))
    expect(view.result.current.hasNextPage).toBe(true)

    const record = await saveEnrichment(queryClient, client, albumId, { item: text('The end'), position: { position: 'LAST_IN_ALBUM' } })

    expect(record.placement.after).toBe(ids.at(-1))
    expect(sentPositions()).toEqual([{ newEnrichmentItem: text('The end'), albumPosition: { position: 'LAST_IN_ALBUM' } }])
    const cached = queryClient.getQueryData<MediaPages>(albumKeys.items(albumId))
    expect(cached?.pages.flatMap((p) => p.mediaItems.map((m) => m.id))).toEqual(ids)
    expect((await listEnrichments(albumId)).map((r) => r.id)).toEqual([record.id])
  })

  it('places after an item using the cache as it is when saving, not as it was when the form rendered', async () => {
    const { albumId, ids } = await albumWith(3)
    const save = renderHook(() => useSaveEnrichment(albumId), { wrapper })
    // The album's items reach the cache only after the hook rendered.
    queryClient.setQueryData<MediaPages>(albumKeys.items(albumId), {
      pages: [{ mediaItems: ids.map((id) => ({ id, fetchedAt: Date.now() })) }],
      pageParams: [undefined],
    })
    const position = { position: 'AFTER_MEDIA_ITEM' as const, relativeMediaItemId: ids[1] }
    const record = await act(() => save.result.current.mutateAsync({ item: text('Between'), position }))
    expect(record.placement).toEqual({ after: ids[1], context: [ids[0]] })
    expect(t.recorder.to('/v1/mediaItems:search')).toEqual([])
    // An enrichment saved next follows the one just recorded, read from the record, not from the render.
    const next = await act(() =>
      save.result.current.mutateAsync({ item: text('After that'), position: { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: record.id } }),
    )
    expect(next.placement).toEqual({ after: record.id, context: [ids[1], ids[0]] })
  })

  it('sends nothing when the position cannot be shown', async () => {
    const { albumId } = await albumWith(2)
    await expect(
      saveEnrichment(queryClient, client, albumId, { item: text('Lost'), position: { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: 'not-in-album' } }),
    ).rejects.toEqual(new PositionError('unknownAnchor'))
    expect(sentPositions()).toEqual([])
    expect(await listEnrichments(albumId)).toEqual([])
  })
})
