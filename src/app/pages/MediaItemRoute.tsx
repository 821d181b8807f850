import { useOutletContext, useParams } from 'react-router'
import { MediaViewerScreen, type ViewerSequence } from '../../features/media-viewer'

/** The viewer nested over a grid page (library, album): the grid hands it the sequence through the Outlet. */
export default function MediaItemRoute() {
  const { itemId = '' } = useParams()
  const sequence = useOutletContext<ViewerSequence>()
  return <MediaViewerScreen key={sequence.closePath} itemId={itemId} sequence={sequence} />
}
