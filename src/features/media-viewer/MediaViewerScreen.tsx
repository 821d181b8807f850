// The viewer as a route: finds the item in the grid's sequence (or fetches it for a deep link), moves through
// the sequence by replacing the URL (so Back closes the viewer), and loads more pages as the end comes near.
import { useCallback, useEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api'
import { useBaseUrlRefresh, useMediaItem } from '../../queries'
import { describeError } from '../../components/ui/describe-error'
import { MediaViewer } from './MediaViewer'
import type { ViewerSequence } from './sequence'


export function MediaViewerScreen({ itemId, sequence }: { itemId: string; sequence: ViewerSequence }) {
  const { t } = useTranslation('viewer')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { items, hasMore, loadMore, pathFor, closePath, onClosed } = sequence
  const index = items.findIndex((m) => m.id === itemId)
  const detail = useMediaItem(itemId)
  const item = detail.data ?? (index >= 0 ? items[index] : undefined)
  const prev = index > 0 ? items[index - 1] : undefined
  const next = index >= 0 ? items[index + 1] : undefined
  useBaseUrlRefresh()

  useEffect(() => {
    if (index >= 0 && hasMore && index >= items.length - 5) loadMore()
  }, [hasMore, index, items.length, loadMore])

  const shownId = useRef(itemId)
  const onClosedRef = useRef(onClosed)
  useEffect(() => {
    shownId.current = itemId
    onClosedRef.current = onClosed
  }, [itemId, onClosed])
  useEffect(
    () => () => {
      // Only on unmount: once the dialog has handed focus back to the cell that opened it (it does so in an
      // animation frame of its own), move it to the cell of the item shown last.
      const id = shownId.current
      window.setTimeout(() => onClosedRef.current?.(id), 60)
    },
    [],
  )

  const onStep = useCallback(
    (step: 1 | -1) => {
      const target = step === 1 ? next : prev
      if (target?.id) navigate(pathFor(target.id), { replace: true, state: location.state })
    },
    [location.state, navigate, next, pathFor, prev],
  )

  const onClose = useCallback(() => {
    const state = location.state as { fromGrid?: boolean } | null
    if (state?.fromGrid) navigate(-1)
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
      showContributor={sequence.showContributor}
    />
  )
}
