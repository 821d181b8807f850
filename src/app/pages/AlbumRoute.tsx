import { useParams } from 'react-router'
import { AlbumPage } from '../../features/albums/AlbumPage'
import { UploadDock, UploadDropTarget } from '../../features/upload'
import { useAlbum } from '../../queries'

export default function AlbumRoute() {
  const { albumId = '' } = useParams()
  const album = useAlbum(albumId)
  const writeable = album.data && album.data.isWriteable !== false
  return (
    <>
      <AlbumPage key={albumId} albumId={albumId} />
      {writeable ? <UploadDropTarget destination={{ albumId, albumTitle: album.data?.title, position: 'end' }} /> : null}
      <UploadDock />
    </>
  )
}
