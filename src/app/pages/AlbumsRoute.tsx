import { AlbumsPage } from '../../features/albums'

export default function AlbumsRoute() {
  return <AlbumsPage />
}
