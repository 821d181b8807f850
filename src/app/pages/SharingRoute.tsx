import { SharingPage } from '../../features/sharing'

export default function SharingRoute() {
  return <SharingPage />
}
