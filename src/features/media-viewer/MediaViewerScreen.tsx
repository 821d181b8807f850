// The viewer as a route: finds the item in its grid's items (or fetches it for a deep link), moves through them
// by replacing the URL (so Back closes the viewer), loads more pages as the end comes near, and tells the grid
// which item it shows (the grid returns focus to that cell when the viewer closes).
import { useCallback, useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api'
import { useBaseUrlRefresh, useMediaItem } from '../../queries'
import { describeError } from '../../components/ui/describe-error'
import { MediaViewer } from './MediaViewer'
import { openedFromGrid, type ViewerHandOff } from '../../components/media-grid'

export function MediaViewerScreen({ itemId, handOff }: { itemId: string; handOff: ViewerHandOff }) {
  const { t } = useTranslation('viewer')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { items, hasMore, loadMore, pathFor, closePath, onShow } = handOff
  const index = items.findIndex((m) => m.id === itemId)
  const detail = useMediaItem(itemId)
  const item = detail.data ?? (index >= 0 ? items[index] : undefined)
  const prev = index > 0 ? items[index - 1] : undefined
  const next = index >= 0 ? items[index + 1] : undefined
  useBaseUrlRefresh()

  useEffect(() => {
    if (index >= 0 && hasMore && index >= items.length - 5) loadMore()
  }, [hasMore, index, items.length, loadMore])

  useEffect(() => onShow(itemId), [itemId, onShow])

  const onStep = useCallback(
    (step: 1 | -1) => {
      const target = step === 1 ? next : prev
      if (target?.id) navigate(pathFor(target.id), { replace: true, state: location.state })
    },
    [location.state, navigate, next, pathFor, prev],
  )

  const onClose = useCallback(() => {
    if (openedFromGrid(location.state)) navigate(-1)
    else navigate(closePath, { replace: true })
  }, [closePath, location.state, navigate])

  const problem =
    !item && detail.isError
      ? isApiError(detail.error, 404) || isApiError(detail.error, 400)
        ? t('notFound')
        : describeError(detail.error, tc).body
      : undefined

  return (
    <MediaViewer
      item={item}
      loading={detail.isPending}
      problem={problem}
      prev={prev}
      next={next}
      onStep={onStep}
      onClose={onClose}
      showContributor={handOff.showContributor}
    />
  )
}
