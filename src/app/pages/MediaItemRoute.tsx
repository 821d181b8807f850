import { useParams } from 'react-router'
import { MediaViewerScreen } from '../../features/media-viewer'
import { useViewerHandOff } from '../../components/media-grid'

/** The viewer nested over a grid page (library, album, shared album, search): the page hands it its items. */
export default function MediaItemRoute() {
  const { itemId = '' } = useParams()
  const handOff = useViewerHandOff()
  return <MediaViewerScreen key={handOff.closePath} itemId={itemId} handOff={handOff} />
}
