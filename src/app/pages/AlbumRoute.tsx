import { useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { BookOpenText } from 'lucide-react'
import { AlbumPage, type AlbumAddAction } from '../../features/albums'
import { EnrichmentComposer, InsertHereControl, canAddEnrichments, useAlbumEnrichmentExtras } from '../../features/enrichments'
import { ShareAlbumButton } from '../../features/sharing'
import { AddFromGooglePhotosButton } from '../../features/upload'
import { useAlbum, useAlbumItems } from '../../queries'

// The album page, with the story (enrichments in place) and the sharing controls from their own features.
function AlbumWithStory({ albumId }: { albumId: string }) {
  const { t } = useTranslation('enrichments')
  const album = useAlbum(albumId).data
  const contents = useAlbumItems(albumId)
  const items = useMemo(() => contents.data?.pages.flatMap((p) => p.mediaItems) ?? [], [contents.data])
  const editable = canAddEnrichments(album)
  const extras = useAlbumEnrichmentExtras({ albumId, items, complete: !!contents.data && !contents.hasNextPage, editable })
  const [composerOpen, setComposerOpen] = useState(false)
  const addActions: AlbumAddAction[] = editable ? [{ id: 'story', label: t('addMenuItem'), icon: BookOpenText, onAction: () => setComposerOpen(true) }] : []
  return (
    <>
      <AlbumPage
        albumId={albumId}
        extras={extras}
        addActions={addActions}
        selectionActions={(selected) =>
          editable && selected.length === 1 && selected[0].id ? (
            <InsertHereControl albumId={albumId} position={{ position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: selected[0].id }} variant="toolbar" />
          ) : null
        }
        actions={
          <>
            {editable ? <AddFromGooglePhotosButton albumId={albumId} albumTitle={album?.title} /> : null}
            <ShareAlbumButton albumId={albumId} />
          </>
        }
      />
      {composerOpen ? (
        <EnrichmentComposer albumId={albumId} isOpen={composerOpen} onOpenChange={setComposerOpen} initialPosition={{ position: 'LAST_IN_ALBUM' }} />
      ) : null}
    </>
  )
}

export default function AlbumRoute() {
  const { albumId = '' } = useParams()
  return <AlbumWithStory key={albumId} albumId={albumId} />
}
