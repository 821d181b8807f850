// Shared albums: list, one by share token, join and leave (403 under Google's 2025 rules; the legacy profile works).
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PhotosClient } from '../api'
import { ALBUM_PAGE_SIZE } from '../api'
import { albumKeys, mutationKeys, sharedAlbumKeys } from './keys'
import { invalidateEverywhere } from './other-tabs'
import { usePhotosClient } from './client-context'
import { ALBUM_STALE_TIME_MS } from './query-client'

function sharedAlbumsInfiniteOptions(client: PhotosClient) {
  return infiniteQueryOptions({
    queryKey: sharedAlbumKeys.lists(),
    queryFn: ({ pageParam, signal }) => client.sharedAlbums.list({ pageSize: ALBUM_PAGE_SIZE, pageToken: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    staleTime: ALBUM_STALE_TIME_MS,
  })
}

function sharedAlbumOptions(client: PhotosClient, shareToken: string) {
  return queryOptions({
    queryKey: sharedAlbumKeys.detail(shareToken),
    queryFn: ({ signal }) => client.sharedAlbums.get(shareToken, { signal }),
    staleTime: ALBUM_STALE_TIME_MS,
  })
}

export function useSharedAlbums() {
  return useInfiniteQuery(sharedAlbumsInfiniteOptions(usePhotosClient()))
}

export function useSharedAlbum(shareToken: string) {
  return useQuery(sharedAlbumOptions(usePhotosClient(), shareToken))
}

export function useJoinSharedAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.sharedAlbums.join,
    mutationFn: ({ shareToken }: { shareToken: string }) => client.sharedAlbums.join(shareToken),
    onSuccess: (album, { shareToken }) => {
      queryClient.setQueryData(sharedAlbumKeys.detail(shareToken), album)
      if (album.id) queryClient.setQueryData(albumKeys.detail(album.id), album)
      return invalidateEverywhere(queryClient, [sharedAlbumKeys.lists(), albumKeys.lists()])
    },
  })
}

export function useLeaveSharedAlbum() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.sharedAlbums.leave,
    mutationFn: ({ shareToken }: { shareToken: string; albumId?: string }) => client.sharedAlbums.leave(shareToken),
    onSuccess: (_d, { shareToken, albumId }) => {
      queryClient.removeQueries({ queryKey: sharedAlbumKeys.detail(shareToken) })
      if (albumId) queryClient.removeQueries({ queryKey: albumKeys.detail(albumId) })
      return invalidateEverywhere(queryClient, [sharedAlbumKeys.lists(), albumKeys.lists()])
    },
  })
}
