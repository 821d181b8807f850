import { LibraryPage } from '../../features/library/LibraryPage'

export default function LibraryRoute() {
  return <LibraryPage />
}
