import { useMemo } from 'react'
import { useParams } from 'react-router'
import { AlbumPage } from '../../features/albums/AlbumPage'
import { AddEnrichmentButton, canAddEnrichments, useAlbumEnrichmentExtras } from '../../features/enrichments'
import { ShareAlbumButton } from '../../features/sharing'
import { useAlbum, useAlbumItems } from '../../queries'

// The album page, with the story (enrichments in place) and the sharing controls from their own features.
function AlbumWithStory({ albumId }: { albumId: string }) {
  const album = useAlbum(albumId).data
  const contents = useAlbumItems(albumId)
  const items = useMemo(() => contents.data?.pages.flatMap((p) => p.mediaItems) ?? [], [contents.data])
  const editable = canAddEnrichments(album)
  const extras = useAlbumEnrichmentExtras({ albumId, items, complete: !!contents.data && !contents.hasNextPage, editable })
  return (
    <AlbumPage
      albumId={albumId}
      extras={extras}
      actions={
        <>
          {editable ? <AddEnrichmentButton albumId={albumId} /> : null}
          <ShareAlbumButton albumId={albumId} />
        </>
      }
    />
  )
}

export default function AlbumRoute() {
  const { albumId = '' } = useParams()
  return <AlbumWithStory key={albumId} albumId={albumId} />
}
