import { SharingPage } from '../../features/sharing/SharingPage'

export default function SharingRoute() {
  return <SharingPage />
}
