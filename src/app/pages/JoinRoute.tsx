import { useParams } from 'react-router'
import { JoinPage } from '../../features/sharing'

export default function JoinRoute() {
  const { shareToken = '' } = useParams()
  return <JoinPage key={shareToken} shareToken={shareToken} />
}
