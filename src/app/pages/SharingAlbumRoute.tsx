import { useParams } from 'react-router'
import { SharedAlbumPage } from '../../features/sharing'

export default function SharingAlbumRoute() {
  const { albumId = '' } = useParams()
  return <SharedAlbumPage key={albumId} albumId={albumId} />
}
