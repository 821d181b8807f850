// Media items: the library, one item, description edits, and what follows a create (invalidation).
import { useCallback } from 'react'
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type FetchNextPageOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import type { PhotosClient } from '../api'
import { MEDIA_PAGE_SIZE } from '../api'
import { usePhotosClient } from './client-context'
import { invalidateEverywhere, tellOtherTabs } from './other-tabs'
import {
  MEDIA_ITEM_META,
  MEDIA_PAGES_META,
  findCachedMediaItem,
  putMediaItems,
  restoreSnapshot,
  snapshotMediaQueries,
  stamp,
  stampPage,
  updateCachedMediaItems,
  type CachedMediaItem,
  type MediaPage,
  type Snapshot,
} from './media-cache'
import { albumKeys, mediaItemKeys, mutationKeys, searchKeys } from './keys'
import { checkDescriptionSaved, withKnownOutcome } from './write-outcome'
import { MEDIA_STALE_TIME_MS } from './query-client'

/** The whole library, newest pages first as the server orders them, 100 per page. */
export function libraryInfiniteOptions(client: PhotosClient) {
  return infiniteQueryOptions({
    queryKey: mediaItemKeys.library(),
    queryFn: async ({ pageParam, signal }): Promise<MediaPage> =>
      stampPage(await client.mediaItems.list({ pageSize: MEDIA_PAGE_SIZE, pageToken: pageParam }, { signal }), Date.now()),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_PAGES_META,
  })
}

/** One item. Seeded from any list that already holds it (with that copy's fetch time, so an old copy refetches). */
function mediaItemOptions(client: PhotosClient, id: string, queryClient?: QueryClient) {
  return queryOptions({
    queryKey: mediaItemKeys.detail(id),
    queryFn: async ({ signal }): Promise<CachedMediaItem> => stamp(await client.mediaItems.get(id, { signal }), Date.now()),
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_ITEM_META,
    initialData: queryClient ? () => findCachedMediaItem(queryClient, id) : undefined,
    initialDataUpdatedAt: queryClient ? () => findCachedMediaItem(queryClient, id)?.fetchedAt : undefined,
  })
}

export function useLibrary() {
  const library = useInfiniteQuery(libraryInfiniteOptions(usePhotosClient()))
  const { fetchNextPage } = library
  // By default a second call while the next page is on its way cancels it and asks for the same page again; a
  // fling asks for more repeatedly, so it waits for the page already coming instead.
  const fetchNextPageOnce = useCallback((options?: FetchNextPageOptions) => fetchNextPage({ cancelRefetch: false, ...options }), [fetchNextPage])
  return { ...library, fetchNextPage: fetchNextPageOnce }
}

export function useMediaItem(id: string) {
  const queryClient = useQueryClient()
  return useQuery(mediaItemOptions(usePhotosClient(), id, queryClient))
}

export interface UpdateMediaItemVariables {
  mediaItemId: string
  description: string
}

/** Edits a description: shown at once everywhere the item appears, rolled back if the server refuses. */
export function useUpdateMediaItem() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.mediaItems.patch,
    mutationFn: ({ mediaItemId, description }: UpdateMediaItemVariables) =>
      withKnownOutcome(
        'mediaItems.patch',
        () => client.mediaItems.patch(mediaItemId, { description }),
        () => checkDescriptionSaved(client, mediaItemId, description),
      ),
    onMutate: async ({ mediaItemId, description }): Promise<{ snapshot: Snapshot }> => {
      await queryClient.cancelQueries({ predicate: (q) => (q.meta as { media?: string } | undefined)?.media !== undefined })
      const snapshot = snapshotMediaQueries(queryClient)
      updateCachedMediaItems(queryClient, new Set([mediaItemId]), (item) => ({ ...item, description }))
      return { snapshot }
    },
    onError: (_error, _variables, context) => restoreSnapshot(queryClient, context?.snapshot),
    onSuccess: (item) => {
      putMediaItems(queryClient, [stamp(item, Date.now())])
      // Other tabs hold the item in their lists, searches and album pages.
      tellOtherTabs(queryClient, [mediaItemKeys.all, searchKeys.all, albumKeys.all])
    },
  })
}

/** Invalidation after items were created (uploads, batchCreate): the library, searches, and the target album. */
export function invalidateAfterCreate(queryClient: QueryClient, albumId?: string) {
  const keys: QueryKey[] = [mediaItemKeys.lists(), searchKeys.all]
  if (albumId) keys.push(albumKeys.items(albumId), albumKeys.detail(albumId), albumKeys.lists())
  return invalidateEverywhere(queryClient, keys)
}
