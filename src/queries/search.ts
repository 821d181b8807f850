// Search results, keyed by the mediaItems.search request body. The search view owns the filter model (it lives
// in the URL, is validated there, and maps to this request); equal requests share one cache entry.
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import type { PhotosClient, SearchMediaItemsRequest } from '../api'
import { MEDIA_PAGE_SIZE } from '../api'
import { usePhotosClient } from './client-context'
import { searchKeys } from './keys'
import { MEDIA_PAGES_META, stampPage, type MediaPage } from './media-cache'
import { MEDIA_STALE_TIME_MS } from './query-client'

export function searchRequestInfiniteOptions(client: PhotosClient, request: SearchMediaItemsRequest) {
  return infiniteQueryOptions({
    queryKey: searchKeys.results(request),
    queryFn: async ({ pageParam, signal }): Promise<MediaPage> =>
      stampPage(await client.mediaItems.search({ ...request, pageSize: MEDIA_PAGE_SIZE, pageToken: pageParam }, { signal }), Date.now()),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: MEDIA_STALE_TIME_MS,
    meta: MEDIA_PAGES_META,
  })
}

export function useSearch(request: SearchMediaItemsRequest) {
  return useInfiniteQuery(searchRequestInfiniteOptions(usePhotosClient(), request))
}
