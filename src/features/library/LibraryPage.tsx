// The library: every item, newest first, under date headers; selection with add-to-album and download; the
// viewer opens as a nested route over the grid (Outlet), so closing it keeps the scroll position.
import { lazy, Suspense, useCallback, useMemo, useReducer, useRef, useState, type ReactNode } from 'react'
import { Link, Outlet, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { Download, FolderPlus, ImagePlus, Upload } from 'lucide-react'
import type { MediaItem } from '../../api'
import { useBaseUrlRefresh, useLibrary } from '../../queries'
import { paths } from '../../config/paths'
import { PageHeader } from '../../components/ui/PageHeader'
import { FullHeightPage } from '../../components/ui/FullHeightPage'
import { EmptyState, ErrorState } from '../../components/ui/StateViews'
import { GridSkeleton, MediaGrid, SelectionBar, allSelected, emptySelection, selectionReducer, type MediaGridHandle } from '../../components/media-grid'
import { downloadItems } from './download'

// Mounted only while open: its dialog code and its albums.list stay off the library's first render.
const AddToAlbumDialog = lazy(() => import('./AddToAlbumDialog').then((m) => ({ default: m.AddToAlbumDialog })))

export function LibraryPage({ actions }: { /** More header actions from other features (Add from Google Photos), mounted by the route. */ actions?: ReactNode } = {}) {
  const { t } = useTranslation('library')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const library = useLibrary()
  useBaseUrlRefresh()
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = library
  const items = useMemo(() => library.data?.pages.flatMap((p) => p.mediaItems) ?? [], [library.data])
  const [selection, dispatch] = useReducer(selectionReducer, emptySelection)
  const [addOpen, setAddOpen] = useState(false)
  const grid = useRef<MediaGridHandle>(null)

  const ids = useMemo(() => items.map((m) => m.id ?? ''), [items])
  const selectedItems = useMemo(() => items.filter((m) => m.id && selection.ids.has(m.id)), [items, selection.ids])

  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [fetchNextPage, hasNextPage, isFetchingNextPage])

  const open = useCallback((item: MediaItem) => {
    if (item.id) navigate(paths.libraryItem(item.id), { state: { fromGrid: true } })
  }, [navigate])

  const sequence = useMemo(
    () => ({
      items,
      hasMore: !!hasNextPage,
      loadMore,
      pathFor: paths.libraryItem,
      closePath: paths.library(),
      onClosed: (id: string) => grid.current?.focusItem(id),
    }),
    [hasNextPage, items, loadMore],
  )

  const download = () => {
    toast(t('downloadStarted', { count: selectedItems.length }))
    void downloadItems(selectedItems)
  }

  let body
  if (library.data) {
    body =
      items.length === 0 && !hasNextPage ? (
        <EmptyState
          icon={ImagePlus}
          title={t('empty.title')}
          body={t('empty.body')}
          action={
            <Link to={paths.upload()} className="btn-primary">
              <Upload className="size-4" aria-hidden />
              {t('empty.action')}
            </Link>
          }
        />
      ) : (
        <MediaGrid
          handle={grid}
          items={items}
          label={t('gridLabel')}
          dateHeaders
          selection={{ state: selection, dispatch }}
          onOpen={open}
          hasMore={!!hasNextPage}
          loadingMore={isFetchingNextPage}
          onLoadMore={loadMore}
          className="min-h-0 flex-1"
          footer={
            library.isFetchNextPageError ? (
              <ErrorState error={library.error} title={t('loadError')} onRetry={loadMore} className="py-6" />
            ) : null
          }
        />
      )
  } else if (library.isError) {
    body = <ErrorState error={library.error} title={t('loadError')} onRetry={() => void library.refetch()} retrying={library.isFetching} />
  } else {
    body = <GridSkeleton />
  }

  return (
    <FullHeightPage>
      {selection.ids.size > 0 ? (
        <SelectionBar
          count={selection.ids.size}
          onClear={() => dispatch({ type: 'clear' })}
          onSelectAll={() => dispatch({ type: 'selectAll', order: ids })}
          allSelected={allSelected(selection, ids)}
        >
          <button type="button" className="btn-ghost" onClick={() => setAddOpen(true)}>
            <FolderPlus className="size-5" aria-hidden />
            <span className="max-sm:sr-only">{tc('selection.addToAlbum')}</span>
          </button>
          <button type="button" className="btn-ghost" onClick={download}>
            <Download className="size-5" aria-hidden />
            <span className="max-sm:sr-only">{t('download')}</span>
          </button>
        </SelectionBar>
      ) : (
        <PageHeader
          title={tc('nav.library')}
          actions={
            <>
              {actions}
              <Link to={paths.upload()} className="btn-secondary">
                <Upload className="size-4" aria-hidden />
                {t('upload')}
              </Link>
            </>
          }
        />
      )}
      {body}
      {addOpen ? (
        <Suspense fallback={null}>
          <AddToAlbumDialog isOpen onOpenChange={setAddOpen} items={selectedItems} onAdded={() => dispatch({ type: 'clear' })} />
        </Suspense>
      ) : null}
      <Outlet context={sequence} />
    </FullHeightPage>
  )
}
