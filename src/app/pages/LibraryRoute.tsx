import { LibraryPage } from '../../features/library'
import { AddFromGooglePhotosButton, UploadDock, UploadDropTarget } from '../../features/upload'

export default function LibraryRoute() {
  return (
    <>
      <LibraryPage actions={<AddFromGooglePhotosButton />} />
      <UploadDropTarget destination={{}} />
      <UploadDock />
    </>
  )
}
