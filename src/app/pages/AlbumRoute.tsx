import { useMemo } from 'react'
import { useParams } from 'react-router'
import { AlbumPage } from '../../features/albums/AlbumPage'
import { AddEnrichmentButton, InsertHereControl, canAddEnrichments, useAlbumEnrichmentExtras } from '../../features/enrichments'
import { ShareAlbumButton } from '../../features/sharing'
import { AddFromGooglePhotosButton } from '../../features/upload'
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
      selectionActions={(selected) =>
        editable && selected.length === 1 && selected[0].id ? (
          <InsertHereControl albumId={albumId} position={{ position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: selected[0].id }} variant="toolbar" />
        ) : null
      }
      actions={
        // On phones these go on a line of their own so the title keeps its room.
        <div className="flex items-center gap-2 max-sm:order-last max-sm:w-full max-sm:justify-end sm:contents">
          {editable ? <AddEnrichmentButton albumId={albumId} /> : null}
          {editable ? <AddFromGooglePhotosButton albumId={albumId} albumTitle={album?.title} /> : null}
          <ShareAlbumButton albumId={albumId} />
        </div>
      }
    />
  )
}

export default function AlbumRoute() {
  const { albumId = '' } = useParams()
  return <AlbumWithStory key={albumId} albumId={albumId} />
}
