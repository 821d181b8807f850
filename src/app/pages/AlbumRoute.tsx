import { useParams } from 'react-router'
import { AlbumPage } from '../../features/albums/AlbumPage'

export default function AlbumRoute() {
  const { albumId = '' } = useParams()
  return <AlbumPage key={albumId} albumId={albumId} />
}
