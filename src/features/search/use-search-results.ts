// Results for one search request, paged; the previous results stay on screen while a new search loads.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { SearchMediaItemsRequest } from '../../api'
import { searchRequestInfiniteOptions, usePhotosClient } from '../../queries'

/** `request` null: nothing valid to search yet (the form shows what to fix), so nothing is fetched. */
export function useSearchResults(request: SearchMediaItemsRequest | null) {
  const client = usePhotosClient()
  return useInfiniteQuery({
    ...searchRequestInfiniteOptions(client, request ?? {}),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  })
}
