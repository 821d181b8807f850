import { AlbumsPage } from '../../features/albums/AlbumsPage'

export default function AlbumsRoute() {
  return <AlbumsPage />
}
