// The album's story as Shoebox knows it: the server's media items with the locally recorded enrichments in place,
// and saving a new enrichment (API first, then the local record, placed against the whole album).
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { addEnrichment, invalidateEverywhere, loadAlbumItems, localEnrichmentKeys, mutationKeys, useAlbumItems, usePhotosClient, type MediaPages } from '../../queries'
import type { PhotosClient } from '../../api'
import type { AlbumPosition, NewEnrichmentItem } from '../../api/types'
import { arrange, placementFor, type StoryEntry } from './arrange'
import { listEnrichments, recordEnrichment, type LocalEnrichment } from './record'

export function useLocalEnrichments(albumId: string) {
  return useQuery({
    queryKey: localEnrichmentKeys.album(albumId),
    queryFn: () => listEnrichments(albumId),
    staleTime: Infinity,
    networkMode: 'always',
  })
}

const mediaIdsOf = (data: Pick<MediaPages, 'pages'> | undefined): string[] =>
  data?.pages.flatMap((p) => p.mediaItems.map((m) => m.id ?? '')).filter(Boolean) ?? []

/** Media ids in album order, and whether every page is loaded. */
export function useAlbumOrder(albumId: string) {
  const items = useAlbumItems(albumId)
  const mediaIds = mediaIdsOf(items.data)
  const complete = !!items.data && !items.hasNextPage
  return { items, mediaIds, complete }
}

export function useStoryEntries(albumId: string, mediaIds: readonly string[], complete: boolean): StoryEntry<LocalEnrichment>[] {
  const records = useLocalEnrichments(albumId).data ?? []
  return arrange(mediaIds, records, complete)
}

export interface SaveVariables {
  item: NewEnrichmentItem
  position: AlbumPosition
}

/**
 * Saves one enrichment, reading the album as it is now (the query cache, the local record), not as it was when
 * the form rendered: places it in the album's current order, sends it, then records it on this device.
 */
export async function saveEnrichment(
  queryClient: QueryClient,
  client: PhotosClient,
  albumId: string,
  { item, position }: SaveVariables,
): Promise<LocalEnrichment> {
  // The end of the album is only known once every page is loaded.
  const pages = await loadAlbumItems(queryClient, client, albumId, { toEnd: position.position === 'LAST_IN_ALBUM' })
  const order = arrange(mediaIdsOf(pages), await listEnrichments(albumId), true).map((e) => e.id)
  // Resolve before sending: a position we cannot show should not be sent either.
  const placement = placementFor(position, order, true)
  const res = await addEnrichment(client, { albumId, newEnrichmentItem: item, albumPosition: position })
  const id = res.enrichmentItem?.id
  if (!id) throw new Error('addEnrichment answered without an id')
  return recordEnrichment({ id, albumId, item, position, placement })
}

export function useSaveEnrichment(albumId: string) {
  const queryClient = useQueryClient()
  const client = usePhotosClient()
  return useMutation({
    mutationKey: mutationKeys.enrichments.save(albumId),
    mutationFn: (variables: SaveVariables) => saveEnrichment(queryClient, client, albumId, variables),
    onSuccess: () => invalidateEverywhere(queryClient, [localEnrichmentKeys.album(albumId)]),
  })
}
