// The album's story as Shoebox knows it: the server's media items with the locally recorded enrichments in place,
// and saving a new enrichment (API first, then the local record, placed against the whole album).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { invalidateEverywhere, useAddEnrichment, useAlbumItems } from '../../queries'
import type { AlbumPosition, NewEnrichmentItem } from '../../api/types'
import { arrange, placementFor, type StoryEntry } from './arrange'
import { listEnrichments, recordEnrichment, type LocalEnrichment } from './record'

export const localEnrichmentKeys = {
  all: ['localEnrichments'] as const,
  album: (albumId: string) => [...localEnrichmentKeys.all, albumId] as const,
}

export function useLocalEnrichments(albumId: string) {
  return useQuery({
    queryKey: localEnrichmentKeys.album(albumId),
    queryFn: () => listEnrichments(albumId),
    staleTime: Infinity,
    networkMode: 'always',
  })
}

/** Media ids in album order, and whether every page is loaded. */
export function useAlbumOrder(albumId: string) {
  const items = useAlbumItems(albumId)
  const mediaIds = items.data?.pages.flatMap((p) => p.mediaItems.map((m) => m.id ?? '')).filter(Boolean) ?? []
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

export function useSaveEnrichment(albumId: string) {
  const queryClient = useQueryClient()
  const addEnrichment = useAddEnrichment()
  const { items } = useAlbumOrder(albumId)
  return useMutation({
    mutationKey: ['enrichments', 'save', albumId],
    mutationFn: async ({ item, position }: SaveVariables) => {
      // The end of the album is only known once every page is loaded.
      let data = items.data
      let hasNext = items.hasNextPage
      if (!data || (position.position === 'LAST_IN_ALBUM' && hasNext)) {
        data = data ?? (await items.refetch()).data
        while (data && data.pages.at(-1)?.nextPageToken) {
          const next = await items.fetchNextPage()
          data = next.data
          hasNext = next.hasNextPage
          if (!hasNext) break
        }
      }
      const mediaIds = data?.pages.flatMap((p) => p.mediaItems.map((m) => m.id ?? '')).filter(Boolean) ?? []
      const records = await listEnrichments(albumId)
      const order = arrange(mediaIds, records, true).map((e) => e.id)
      // Resolve before sending: a position we cannot show should not be sent either.
      const placement = placementFor(position, order, true)
      const res = await addEnrichment.mutateAsync({ albumId, newEnrichmentItem: item, albumPosition: position })
      const id = res.enrichmentItem?.id
      if (!id) throw new Error('addEnrichment answered without an id')
      return recordEnrichment({ id, albumId, item, position, placement })
    },
    onSuccess: () => invalidateEverywhere(queryClient, [localEnrichmentKeys.album(albumId)]),
  })
}
