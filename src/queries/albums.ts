// Albums: list, detail, contents, and every album write (create, patch, add/remove items, enrichment, share).
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import type { AddEnrichmentToAlbumRequest, Album, AlbumPatch, AlbumsPage, MediaItem, PhotosClient, SharedAlbumOptions } from '../api'
import { ALBUM_PAGE_SIZE, MEDIA_PAGE_SIZE, OutcomeUnknownError } from '../api'
import { usePhotosClient } from './client-context'
import { MEDIA_PAGES_META, stamp, stampPage, type MediaPage, type MediaPages } from './media-cache'
import { albumKeys, mutationKeys, sharedAlbumKeys } from './keys'
import { invalidateEverywhere, tellOtherTabs } from './other-tabs'
import { ALBUM_STALE_TIME_MS, MEDIA_STALE_TIME_MS } from './query-client'
import { checkAlbumPatched, checkItemsAdded, checkItemsRemoved, findCreatedAlbum, isLostAnswer, withKnownOutcome } from './write-outcome'

type AlbumPages = InfiniteData<AlbumsPage, string | undefined>

function albumsInfiniteOptions(client: PhotosClient) {
  return infiniteQueryOptions({
    queryKey: albumKeys.lists(),
    queryFn: ({ pageParam, signal }) => client.albums.list({ pageSize: ALBUM_PAGE_SIZE, pageToken: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: ALBUM_STALE_TIME_MS,
  })
}

function findAlbumInLists(queryClient: QueryClient, albumId: string): Album | undefined {
  return queryClient.getQueryData<AlbumPages>(albumKeys.lists())?.pages.flatMap((p) => p.albums).find((a) => a.id === albumId)
}

function albumOptions(client: PhotosClient, albumId: string, queryClient?: QueryClient) {
  return queryOptions({
    queryKey: albumKeys.detail(albumId),
    queryFn: ({ signal }) => client.albums.get(albumId, { signal }),
    // The cover's baseUrl ages like any media baseUrl.
    staleTime: Math.min(ALBUM_STALE_TIME_MS, MEDIA_STALE_TIME_MS),
    initialData: queryClient ? () => findAlbumInLists(queryClient, albumId) : undefined,
    initialDataUpdatedAt: queryClient ? () => queryClient.getQueryState(albumKeys.lists())?.dataUpdatedAt : undefined,
  })
}

/** The album's items in album order, 100 per page. */
function albumItemsInfiniteOptions(client: PhotosClient, albumId: string) {
  return infiniteQueryOptions({
    queryKey: albumKeys.items(albumId),
    queryFn: async ({ pageParam, signal }): Promise<MediaPage> =>
      stampPage(await client.mediaItems.search({ albumId, pageSize: MEDIA_PAGE_SIZE, pageToken: pageParam }, { signal }), Date.now()),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_PAGES_META,
  })
}

export function useAlbums({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...albumsInfiniteOptions(usePhotosClient()), enabled })
}

export function useAlbum(albumId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient()
  return useQuery({ ...albumOptions(usePhotosClient(), albumId, queryClient), enabled })
}

export function useAlbumItems(albumId: string) {
  return useInfiniteQuery(albumItemsInfiniteOptions(usePhotosClient(), albumId))
}

// ---- optimistic helpers -------------------------------------------------------------------------------------------

interface AlbumSnapshot {
  detail: Album | undefined
  lists: AlbumPages | undefined
  items?: MediaPages | undefined
}

function snapshotAlbum(queryClient: QueryClient, albumId: string, withItems = false): AlbumSnapshot {
  return {
    detail: queryClient.getQueryData<Album>(albumKeys.detail(albumId)),
    lists: queryClient.getQueryData<AlbumPages>(albumKeys.lists()),
    ...(withItems ? { items: queryClient.getQueryData<MediaPages>(albumKeys.items(albumId)) } : {}),
  }
}

function restoreAlbum(queryClient: QueryClient, albumId: string, snapshot: AlbumSnapshot | undefined) {
  if (!snapshot) return
  queryClient.setQueryData(albumKeys.detail(albumId), snapshot.detail)
  queryClient.setQueryData(albumKeys.lists(), snapshot.lists)
  if ('items' in snapshot) queryClient.setQueryData(albumKeys.items(albumId), snapshot.items)
}

/** Applies `update` to the album in its detail query and in the album list. */
function updateCachedAlbum(queryClient: QueryClient, albumId: string, update: (album: Album) => Album) {
  queryClient.setQueryData<Album>(albumKeys.detail(albumId), (old) => (old ? update(old) : old))
  queryClient.setQueryData<AlbumPages>(albumKeys.lists(), (old) =>
    old ? { ...old, pages: old.pages.map((p) => ({ ...p, albums: p.albums.map((a) => (a.id === albumId ? update(a) : a)) })) } : old,
  )
}

const addToCount = (album: Album, delta: number): Album =>
  album.mediaItemsCount === undefined && delta <= 0 ? album : { ...album, mediaItemsCount: String(Math.max(0, Number(album.mediaItemsCount ?? 0) + delta)) }

async function cancelAlbum(queryClient: QueryClient, albumId: string) {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: albumKeys.detail(albumId) }),
    queryClient.cancelQueries({ queryKey: albumKeys.lists() }),
    queryClient.cancelQueries({ queryKey: albumKeys.items(albumId) }),
  ])
}

/** The ids of every album the cached lists hold. */
function cachedAlbumIds(queryClient: QueryClient): string[] {
  return queryClient
    .getQueriesData<AlbumPages>({ queryKey: albumKeys.lists() })
    .flatMap(([, data]) => data?.pages.flatMap((page) => page.albums.map((a) => a.id)) ?? [])
    .filter((id): id is string => id !== undefined)
}

// ---- mutations ----------------------------------------------------------------------------------------------------

export function useCreateAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.albums.create,
    mutationFn: ({ title }: { title: string }) => {
      // What the client had listed before the click: an album found later with this title is the new one.
      const knownIds = new Set(cachedAlbumIds(queryClient))
      return withKnownOutcome('albums.create', () => client.albums.create({ title }), () => findCreatedAlbum(client, title, knownIds))
    },
    onSuccess: (album) => {
      if (album.id) queryClient.setQueryData(albumKeys.detail(album.id), album)
      return invalidateEverywhere(queryClient, [albumKeys.lists()])
    },
  })
}

export type UpdateAlbumVariables = { albumId: string } & AlbumPatch

/** Title or cover: shown at once in the detail and the list, rolled back on failure (the variables keep the input). */
export function useUpdateAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.albums.patch,
    mutationFn: ({ albumId, ...patch }: UpdateAlbumVariables) =>
      withKnownOutcome('albums.patch', () => client.albums.patch(albumId, patch), () => checkAlbumPatched(client, albumId, patch)),
    onMutate: async ({ albumId, title, coverPhotoMediaItemId }) => {
      await cancelAlbum(queryClient, albumId)
      const snapshot = snapshotAlbum(queryClient, albumId)
      updateCachedAlbum(queryClient, albumId, (a) => ({
        ...a,
        ...(title !== undefined ? { title } : {}),
        ...(coverPhotoMediaItemId !== undefined ? { coverPhotoMediaItemId } : {}),
      }))
      return { snapshot }
    },
    onError: (_e, { albumId }, context) => restoreAlbum(queryClient, albumId, context?.snapshot),
    onSuccess: (album, { albumId }) => {
      updateCachedAlbum(queryClient, albumId, (a) => ({ ...a, ...album }))
      tellOtherTabs(queryClient, [albumKeys.detail(albumId), albumKeys.lists()])
    },
    // A new cover has a new coverPhotoBaseUrl only the server knows.
    onSettled: (_d, _e, { albumId, coverPhotoMediaItemId }) =>
      coverPhotoMediaItemId !== undefined ? queryClient.invalidateQueries({ queryKey: albumKeys.detail(albumId) }) : undefined,
  })
}

export interface AlbumItemsVariables {
  albumId: string
  mediaItemIds: string[]
  /** The items themselves, if the caller has them: they are appended to a fully loaded album view at once. */
  items?: MediaItem[]
}

export function useAddToAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.albums.addItems,
    mutationFn: ({ albumId, mediaItemIds }: AlbumItemsVariables) =>
      withKnownOutcome(
        'albums.batchAddMediaItems',
        () => client.albums.batchAddMediaItems(albumId, mediaItemIds),
        () => checkItemsAdded(client, albumId, mediaItemIds),
      ),
    onMutate: async ({ albumId, mediaItemIds, items }) => {
      await cancelAlbum(queryClient, albumId)
      const snapshot = snapshotAlbum(queryClient, albumId, true)
      const contents = snapshot.items
      const present = new Set(contents?.pages.flatMap((p) => p.mediaItems.map((m) => m.id)) ?? [])
      const added = [...new Set(mediaItemIds)].filter((id) => !present.has(id))
      updateCachedAlbum(queryClient, albumId, (a) => addToCount(a, added.length))
      // Only when every page is loaded is "the end of the album" on screen.
      const last = contents?.pages.at(-1)
      if (contents && last && !last.nextPageToken && items) {
        const now = Date.now()
        const toAppend = items.filter((m) => m.id && added.includes(m.id)).map((m) => stamp(m, now))
        queryClient.setQueryData<MediaPages>(albumKeys.items(albumId), {
          ...contents,
          pages: [...contents.pages.slice(0, -1), { ...last, mediaItems: [...last.mediaItems, ...toAppend] }],
        })
      }
      return { snapshot }
    },
    onError: (_e, { albumId }, context) => restoreAlbum(queryClient, albumId, context?.snapshot),
    onSettled: (_d, _e, { albumId }) => invalidateAlbumContents(queryClient, albumId),
  })
}

/** After a change to an album's items: its items, its detail (count, cover) and the lists showing it. */
function invalidateAlbumContents(queryClient: QueryClient, albumId: string) {
  return invalidateEverywhere(queryClient, [albumKeys.items(albumId), albumKeys.detail(albumId), albumKeys.lists()])
}

export function useRemoveFromAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.albums.removeItems,
    mutationFn: ({ albumId, mediaItemIds }: AlbumItemsVariables) =>
      withKnownOutcome(
        'albums.batchRemoveMediaItems',
        () => client.albums.batchRemoveMediaItems(albumId, mediaItemIds),
        () => checkItemsRemoved(client, albumId, mediaItemIds),
      ),
    onMutate: async ({ albumId, mediaItemIds }) => {
      await cancelAlbum(queryClient, albumId)
      const snapshot = snapshotAlbum(queryClient, albumId, true)
      const ids = new Set(mediaItemIds)
      const contents = snapshot.items
      if (contents) {
        queryClient.setQueryData<MediaPages>(albumKeys.items(albumId), {
          ...contents,
          pages: contents.pages.map((p) => ({ ...p, mediaItems: p.mediaItems.filter((m) => !m.id || !ids.has(m.id)) })),
        })
      }
      updateCachedAlbum(queryClient, albumId, (a) => addToCount(a, -ids.size))
      return { snapshot }
    },
    onError: (_e, { albumId }, context) => restoreAlbum(queryClient, albumId, context?.snapshot),
    onSettled: (_d, _e, { albumId }) => invalidateAlbumContents(queryClient, albumId),
  })
}

export type AddEnrichmentVariables = { albumId: string } & Required<AddEnrichmentToAlbumRequest>

/**
 * Adds an enrichment. The API cannot list an album's enrichments, so nothing cached changes, and a lost answer
 * cannot be checked: it stays unknown (OutcomeUnknownError), and the view asks before adding again.
 */
export async function addEnrichment(client: PhotosClient, { albumId, ...request }: AddEnrichmentVariables) {
  try {
    return await client.albums.addEnrichment(albumId, request)
  } catch (error) {
    if (isLostAnswer(error)) throw new OutcomeUnknownError('albums.addEnrichment', error)
    throw error
  }
}

/**
 * The album's items in album order as the cache holds them; fetched (every page, from the start) when nothing is
 * cached or when `toEnd` asks for the end of the album and the cached pages stop before it.
 */
export async function loadAlbumItems(queryClient: QueryClient, client: PhotosClient, albumId: string, { toEnd }: { toEnd: boolean }): Promise<MediaPages> {
  const cached = queryClient.getQueryData<MediaPages>(albumKeys.items(albumId))
  if (cached && !(toEnd && cached.pages.at(-1)?.nextPageToken)) return cached
  return queryClient.infiniteQuery({ ...albumItemsInfiniteOptions(client, albumId), pages: Number.POSITIVE_INFINITY, staleTime: 0 })
}

export function useShareAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.albums.share,
    mutationFn: ({ albumId, sharedAlbumOptions }: { albumId: string; sharedAlbumOptions?: SharedAlbumOptions }) =>
      client.albums.share(albumId, sharedAlbumOptions),
    onSuccess: ({ shareInfo }, { albumId }) => {
      updateCachedAlbum(queryClient, albumId, (a) => ({ ...a, shareInfo }))
      tellOtherTabs(queryClient, [albumKeys.detail(albumId), albumKeys.lists()])
      return invalidateEverywhere(queryClient, [sharedAlbumKeys.lists()])
    },
  })
}

export function useUnshareAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.albums.unshare,
    mutationFn: ({ albumId }: { albumId: string }) => client.albums.unshare(albumId),
    onSuccess: (_d, { albumId }) => {
      updateCachedAlbum(queryClient, albumId, (a) => {
        const { shareInfo: _gone, ...rest } = a
        return rest
      })
      tellOtherTabs(queryClient, [albumKeys.lists()])
      // Non-owners' items are removed from the album on unshare.
      return invalidateEverywhere(queryClient, [sharedAlbumKeys.all, albumKeys.items(albumId), albumKeys.detail(albumId)])
    },
  })
}
