import { UploadPage } from '../../features/upload'

export default function UploadRoute() {
  return <UploadPage />
}
