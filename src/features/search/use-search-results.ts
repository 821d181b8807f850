// Results for one search request, paged; the previous results stay on screen while a new search loads.
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { PhotosClient, SearchMediaItemsRequest } from '../../api'
import { MEDIA_PAGE_SIZE } from '../../api'
import { MEDIA_PAGES_META, MEDIA_STALE_TIME_MS, searchKeys, stampPage, usePhotosClient, type MediaPage } from '../../queries'

// TODO(search): move into src/queries/search.ts (additive) once the query layer settles; this is its shape.
function searchRequestInfiniteOptions(client: PhotosClient, request: SearchMediaItemsRequest) {
  return infiniteQueryOptions({
    queryKey: [...searchKeys.all, 'request', request] as const,
    queryFn: async ({ pageParam, signal }): Promise<MediaPage> =>
      stampPage(await client.mediaItems.search({ ...request, pageSize: MEDIA_PAGE_SIZE, pageToken: pageParam }, { signal }), Date.now()),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_PAGES_META,
  })
}

/** `request` null: nothing valid to search yet (the form shows what to fix). */
export function useSearchResults(request: SearchMediaItemsRequest | null) {
  const client = usePhotosClient()
  return useInfiniteQuery({
    ...searchRequestInfiniteOptions(client, request ?? {}),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  })
}
