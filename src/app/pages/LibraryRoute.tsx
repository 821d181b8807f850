import { LibraryPage } from '../../features/library/LibraryPage'
import { UploadDock, UploadDropTarget } from '../../features/upload'

export default function LibraryRoute() {
  return (
    <>
      <LibraryPage />
      <UploadDropTarget destination={{}} />
      <UploadDock />
    </>
  )
}
