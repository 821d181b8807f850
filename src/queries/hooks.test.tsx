// Hooks against the in-process emulator: paging, optimistic updates and rollback, invalidation, baseUrl refresh.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestEmulator, type TestEmulator } from '../test/emulator'
import { createTestClient } from '../api/test-harness'
import type { PhotosClient } from '../api'
import { albumKeys, useAddToAlbum, useAlbum, useAlbumItems, useAlbums, useCreateAlbum, useRemoveFromAlbum, useUpdateAlbum } from './albums'
import { PhotosClientProvider } from './client-context'
import { refreshMediaItems, staleMediaItemIds, useBaseUrlRefresh, useMediaItemImageErrorHandler } from './fresh-media'
import { findCachedMediaItem } from './media-cache'
import { mediaItemKeys, useLibrary, useMediaItem, useUpdateMediaItem } from './media-items'
import { createQueryClient, shouldRetryQuery } from './query-client'
import { searchKeys, useSearch } from './search'
import { useJoinSharedAlbum, useSharedAlbums } from './shared-albums'
import { useUploadFiles } from './uploads'
import { ApiError, NetworkError } from '../api'

let emu: TestEmulator
let t: ReturnType<typeof createTestClient>
let client: PhotosClient
let queryClient: QueryClient

function wrapperFor(c: PhotosClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <PhotosClientProvider client={c}>{children}</PhotosClientProvider>
      </QueryClientProvider>
    )
  }
}

beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
  t = createTestClient(emu)
  client = t.client
  // 'all': renderHook results are read outside render, so tracked-props notification would leave them stale.
  queryClient = createQueryClient({ defaultOptions: { queries: { retry: false, notifyOnChangeProps: 'all' } } })
})
afterEach(() => {
  queryClient.clear()
  vi.useRealTimers()
})

const render = <T,>(hook: () => T, c: PhotosClient = client) => renderHook(hook, { wrapper: wrapperFor(c) })

async function appAlbumWithItems(n: number) {
  const album = await client.albums.create({ title: 'Mine' })
  const files = Array.from({ length: n }, (_, i) => ({ file: new File([jpegBytes()], `h${i}.jpg`, { type: 'image/jpeg' }) }))
  await client.uploads.uploadFiles(files, { albumId: album.id })
  t.recorder.clear()
  return album
}

import { readFileSync } from 'node:fs'
import { FIXTURE_DIR } from '../test/emulator'
const jpegBytes = () => new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))

describe('queries', () => {
  it('useLibrary pages on nextPageToken with pageSize 100 and stamps fetch times', async () => {
    await emu.control.setLargeLibrary(150)
    const { result } = render(() => useLibrary())
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data!.pages[0]!.mediaItems).toHaveLength(100)
    expect(result.current.hasNextPage).toBe(true)
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data!.pages).toHaveLength(2))
    expect(t.calls.map((c) => c.url.searchParams.get('pageSize'))).toEqual(['100', '100'])
    expect(t.calls[1]!.url.searchParams.get('pageToken')).toBeTruthy()
    expect(result.current.data!.pages[0]!.mediaItems[0]!.fetchedAt).toBeGreaterThan(0)
  })

  it('useAlbum is seeded from the album list; useMediaItem from any cached list', async () => {
    const albums = render(() => useAlbums())
    await waitFor(() => expect(albums.result.current.isSuccess).toBe(true))
    const first = albums.result.current.data!.pages[0]!.albums[0]!
    t.recorder.clear()
    const album = render(() => useAlbum(first.id!))
    expect(album.result.current.data?.title).toBe(first.title)
    expect(t.recorder.to('/v1/albums/')).toHaveLength(0)

    const library = render(() => useLibrary())
    await waitFor(() => expect(library.result.current.isSuccess).toBe(true))
    const item = library.result.current.data!.pages[0]!.mediaItems[0]!
    t.recorder.clear()
    const detail = render(() => useMediaItem(item.id!))
    expect(detail.result.current.data?.baseUrl).toBe(item.baseUrl)
    expect(t.calls).toHaveLength(0)
  })

  it('useSearch sends the request with the largest page size; equal requests share a key', async () => {
    const request = { filters: { mediaTypeFilter: { mediaTypes: ['PHOTO' as const] }, contentFilter: { includedContentCategories: ['LANDSCAPES' as const] } } }
    const { result } = render(() => useSearch(request))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(t.recorder.json(t.calls[0]!)).toEqual({ ...request, pageSize: 100 })
    expect(result.current.data!.pages[0]!.mediaItems.length).toBeGreaterThan(0)
    expect(searchKeys.results(request)).toEqual(searchKeys.results(structuredClone(request)))
  })

  it('shared albums list and join (legacy profile) invalidates the lists', async () => {
    const share = (await emu.control.users()).find((u) => u.id === 'alice')!.sharedAlbums[0]!
    const list = render(() => useSharedAlbums())
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true))
    const before = list.result.current.data!.pages[0]!.sharedAlbums.length
    const join = render(() => useJoinSharedAlbum())
    await act(() => join.result.current.mutateAsync({ shareToken: share.shareToken }))
    await waitFor(() => expect(list.result.current.data!.pages[0]!.sharedAlbums.length).toBe(before + 1))
  })

  it('the QueryClient retries only what time can fix', () => {
    const http = (httpStatus: number, quota?: 'daily' | 'per-minute') => new ApiError({ operation: 'x', httpStatus, status: 'X', message: 'm', quota })
    expect(shouldRetryQuery(0, http(401))).toBe(true)
    expect(shouldRetryQuery(0, http(429, 'per-minute'))).toBe(true)
    expect(shouldRetryQuery(0, http(429, 'daily'))).toBe(false)
    expect(shouldRetryQuery(0, http(403))).toBe(false)
    expect(shouldRetryQuery(0, http(404))).toBe(false)
    expect(shouldRetryQuery(0, http(503))).toBe(false)
    expect(shouldRetryQuery(0, new NetworkError('x', null))).toBe(true)
    expect(shouldRetryQuery(1, http(401))).toBe(false)
  })
})

describe('mutations', () => {
  it('album title: optimistic in detail and list, kept on success', async () => {
    const created = await client.albums.create({ title: 'Before' })
    const albums = render(() => useAlbums())
    await waitFor(() => expect(albums.result.current.isSuccess).toBe(true))
    const detail = render(() => useAlbum(created.id!))
    const update = render(() => useUpdateAlbum())
    let pending!: Promise<unknown>
    act(() => {
      pending = update.result.current.mutateAsync({ albumId: created.id!, title: 'After' })
    })
    await waitFor(() => expect(detail.result.current.data?.title).toBe('After'))
    await waitFor(() => expect(albums.result.current.data!.pages.flatMap((p) => p.albums).find((a) => a.id === created.id)?.title).toBe('After'))
    await act(() => pending)
    expect((await client.albums.get(created.id!)).title).toBe('After')
  })

  it('album title: rolled back when the server refuses, and the typed input stays in variables', async () => {
    const created = await client.albums.create({ title: 'Original' })
    const albums = render(() => useAlbums())
    await waitFor(() => expect(albums.result.current.isSuccess).toBe(true))
    const detail = render(() => useAlbum(created.id!))
    const update = render(() => useUpdateAlbum())
    emu.control.enqueueFaults([{ status: 403, match: '/v1/albums/' }])
    await act(async () => {
      await update.result.current.mutateAsync({ albumId: created.id!, title: 'Refused title' }).catch(() => undefined)
    })
    await waitFor(() => expect(update.result.current.isError).toBe(true))
    expect(update.result.current.error).toBeInstanceOf(ApiError)
    expect(update.result.current.error?.kind).toBe('http')
    expect(update.result.current.variables?.title).toBe('Refused title')
    await waitFor(() => expect(detail.result.current.data?.title).toBe('Original'))
    await waitFor(() => expect(albums.result.current.data!.pages.flatMap((p) => p.albums).find((a) => a.id === created.id)?.title).toBe('Original'))
  })

  it('description: optimistic everywhere the item appears, rolled back on failure', async () => {
    const library = render(() => useLibrary())
    await waitFor(() => expect(library.result.current.isSuccess).toBe(true))
    // Only app-created items can be edited; create one and refetch the library so it is cached.
    const [res] = await client.uploads.uploadFiles([{ file: new File([jpegBytes()], 'edit.jpg', { type: 'image/jpeg' }) }])
    await act(() => library.result.current.refetch())
    const id = res!.mediaItem!.id!
    await waitFor(() => expect(library.result.current.data!.pages.flatMap((p) => p.mediaItems).some((m) => m.id === id)).toBe(true))
    const detail = render(() => useMediaItem(id))
    await waitFor(() => expect(detail.result.current.isSuccess).toBe(true))
    const update = render(() => useUpdateMediaItem())
    await act(() => update.result.current.mutateAsync({ mediaItemId: id, description: 'Sunset' }))
    const inLibrary = () => library.result.current.data!.pages.flatMap((p) => p.mediaItems).find((m) => m.id === id)
    await waitFor(() => expect(inLibrary()?.description).toBe('Sunset'))
    await waitFor(() => expect(detail.result.current.data?.description).toBe('Sunset'))

    emu.control.enqueueFaults([{ status: 500, match: '/v1/mediaItems/' }])
    await act(async () => {
      await update.result.current.mutateAsync({ mediaItemId: id, description: 'Lost' }).catch(() => undefined)
    })
    expect(update.result.current.variables?.description).toBe('Lost')
    await waitFor(() => expect(inLibrary()?.description).toBe('Sunset'))
    await waitFor(() => expect(detail.result.current.data?.description).toBe('Sunset'))
    expect(queryClient.getQueryData<{ description?: string }>(mediaItemKeys.detail(id))?.description).toBe('Sunset')
  })

  it('remove from album: optimistic removal and count, then album items, detail and list are invalidated', async () => {
    const album = await appAlbumWithItems(3)
    const items = render(() => useAlbumItems(album.id!))
    const detail = render(() => useAlbum(album.id!))
    await waitFor(() => expect(items.result.current.isSuccess && detail.result.current.isSuccess).toBe(true))
    const victim = items.result.current.data!.pages[0]!.mediaItems[1]!
    t.recorder.clear()
    const remove = render(() => useRemoveFromAlbum())
    act(() => remove.result.current.mutate({ albumId: album.id!, mediaItemIds: [victim.id!] }))
    await waitFor(() => expect(items.result.current.data!.pages[0]!.mediaItems.map((m) => m.id)).not.toContain(victim.id))
    await waitFor(() => expect(detail.result.current.data?.mediaItemsCount).toBe('2'))
    await waitFor(() => expect(remove.result.current.isSuccess).toBe(true))
    // Precise invalidation: the album's contents and detail are refetched, the library is not.
    await waitFor(() => expect(t.recorder.to('/v1/mediaItems:search')).toHaveLength(1))
    expect(t.recorder.to(`/v1/albums/${album.id}`).filter((c) => c.method === 'GET')).toHaveLength(1)
    expect(t.recorder.to('/v1/mediaItems').filter((c) => c.path === '/v1/mediaItems')).toHaveLength(0)
    expect(items.result.current.data!.pages[0]!.mediaItems).toHaveLength(2)
  })

  it('add to album: rolled back on failure (count and contents)', async () => {
    const album = await appAlbumWithItems(1)
    const [extra] = await client.uploads.uploadFiles([{ file: new File([jpegBytes()], 'extra.jpg', { type: 'image/jpeg' }) }])
    const items = render(() => useAlbumItems(album.id!))
    const detail = render(() => useAlbum(album.id!))
    await waitFor(() => expect(items.result.current.isSuccess && detail.result.current.isSuccess).toBe(true))
    const add = render(() => useAddToAlbum())
    emu.control.enqueueFaults([{ status: 403, match: 'batchAddMediaItems' }])
    await act(async () => {
      await add.result.current.mutateAsync({ albumId: album.id!, mediaItemIds: [extra!.mediaItem!.id!], items: [extra!.mediaItem!] }).catch(() => undefined)
    })
    expect(add.result.current.isError).toBe(true)
    await waitFor(() => expect(detail.result.current.data?.mediaItemsCount).toBe('1'))
    expect(items.result.current.data!.pages[0]!.mediaItems.map((m) => m.filename)).toEqual(['h0.jpg'])

    await act(() => add.result.current.mutateAsync({ albumId: album.id!, mediaItemIds: [extra!.mediaItem!.id!] }))
    await waitFor(() => expect(items.result.current.data!.pages[0]!.mediaItems.map((m) => m.filename)).toEqual(['h0.jpg', 'extra.jpg']))
  })

  it('create album and upload files invalidate the right lists', async () => {
    const albums = render(() => useAlbums())
    await waitFor(() => expect(albums.result.current.isSuccess).toBe(true))
    const count = () => albums.result.current.data!.pages.flatMap((p) => p.albums).length
    const before = count()
    const create = render(() => useCreateAlbum())
    const album = await act(() => create.result.current.mutateAsync({ title: 'New one' }))
    await waitFor(() => expect(count()).toBe(before + 1))
    expect(queryClient.getQueryData(albumKeys.detail(album.id!))).toMatchObject({ title: 'New one' })

    const items = render(() => useAlbumItems(album.id!))
    await waitFor(() => expect(items.result.current.isSuccess).toBe(true))
    expect(items.result.current.data!.pages[0]!.mediaItems).toHaveLength(0)
    const upload = render(() => useUploadFiles())
    const results = await act(() =>
      upload.result.current.mutateAsync({ files: [{ file: new File([jpegBytes()], 'up.jpg', { type: 'image/jpeg' }) }], albumId: album.id }),
    )
    expect(results[0]!.status).toBe('created')
    await waitFor(() => expect(items.result.current.data!.pages[0]!.mediaItems.map((m) => m.filename)).toEqual(['up.jpg']))
    expect(queryClient.getQueryState(mediaItemKeys.library())).toBeUndefined()
  })
})

describe('baseUrl refresh', () => {
  it('refreshMediaItems batchGets old items and patches every cached copy', async () => {
    const library = render(() => useLibrary())
    await waitFor(() => expect(library.result.current.isSuccess).toBe(true))
    const item = library.result.current.data!.pages[0]!.mediaItems[0]!
    const detail = render(() => useMediaItem(item.id!))
    await waitFor(() => expect(detail.result.current.data).toBeTruthy())
    expect(staleMediaItemIds(queryClient, { now: item.fetchedAt + 44 * 60_000 })).toEqual([])
    const stale = staleMediaItemIds(queryClient, { now: item.fetchedAt + 46 * 60_000 })
    expect(stale).toContain(item.id)
    emu.clock.advance(46 * 60_000)
    t.recorder.clear()
    await act(() => refreshMediaItems(queryClient, client, stale, { now: () => item.fetchedAt + 46 * 60_000 }))
    expect(t.calls.map((c) => c.path)).toEqual(Array(Math.ceil(stale.length / 50)).fill('/v1/mediaItems:batchGet'))
    const fresh = findCachedMediaItem(queryClient, item.id!)!
    expect(fresh.fetchedAt).toBe(item.fetchedAt + 46 * 60_000)
    await waitFor(() => expect(library.result.current.data!.pages[0]!.mediaItems[0]!.fetchedAt).toBe(fresh.fetchedAt))
    await waitFor(() => expect(detail.result.current.data!.fetchedAt).toBe(fresh.fetchedAt))
    expect(staleMediaItemIds(queryClient, { now: item.fetchedAt + 47 * 60_000 })).toEqual([])
  })

  it('useBaseUrlRefresh refreshes mounted items once they are 45 minutes old', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const library = render(() => useLibrary())
    await waitFor(() => expect(library.result.current.isSuccess).toBe(true))
    render(() => useBaseUrlRefresh({ intervalMs: 60_000 }))
    t.recorder.clear()
    await act(() => vi.advanceTimersByTimeAsync(44 * 60_000))
    expect(t.recorder.to('/v1/mediaItems:batchGet')).toHaveLength(0)
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000))
    await waitFor(() => expect(t.recorder.to('/v1/mediaItems:batchGet')).toHaveLength(1))
    const ids = t.recorder.to('/v1/mediaItems:batchGet')[0]!.url.searchParams.getAll('mediaItemIds')
    expect(ids.sort()).toEqual(library.result.current.data!.pages[0]!.mediaItems.map((m) => m.id).sort())
  })

  it('an image error refreshes the item once (coalesced into one batchGet); a second error marks it failed', async () => {
    const library = render(() => useLibrary())
    await waitFor(() => expect(library.result.current.isSuccess).toBe(true))
    const [a, b] = library.result.current.data!.pages[0]!.mediaItems
    const ha = render(() => useMediaItemImageErrorHandler(a!.id))
    const hb = render(() => useMediaItemImageErrorHandler(b!.id))
    emu.clock.advance(60_000)
    t.recorder.clear()
    act(() => {
      ha.result.current.onError()
      hb.result.current.onError()
    })
    await waitFor(() => expect(t.recorder.to('/v1/mediaItems:batchGet')).toHaveLength(1))
    expect(t.calls[0]!.url.searchParams.getAll('mediaItemIds').sort()).toEqual([a!.id, b!.id].sort())
    await waitFor(() => expect(findCachedMediaItem(queryClient, a!.id!)!.fetchedAt).toBeGreaterThan(a!.fetchedAt))
    expect(ha.result.current.failed).toBe(false)
    // The fresh URL fails as well: no more refreshes, the view shows its error state.
    const before = t.calls.length
    act(() => ha.result.current.onError())
    await waitFor(() => expect(ha.result.current.failed).toBe(true))
    expect(t.calls.length).toBe(before)
  })
})
