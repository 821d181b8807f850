import { useOutletContext, useParams } from 'react-router'
import { MediaViewerScreen, type ViewerSequence } from '../../features/media-viewer'

/** The viewer over the search results (nested route: the grid stays mounted underneath, so Back keeps its scroll). */
export default function SearchItemRoute() {
  const { itemId = '' } = useParams()
  const sequence = useOutletContext<ViewerSequence>()
  return <MediaViewerScreen itemId={itemId} sequence={sequence} />
}
