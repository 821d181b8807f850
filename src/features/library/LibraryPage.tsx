// The library: every item, newest first, under date headers; selection with add-to-album and download; the
// viewer opens as a nested route over the grid (Outlet), so closing it keeps the scroll position.
import { lazy, Suspense, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Download, FolderPlus, ImagePlus, Upload } from 'lucide-react'
import { useBaseUrlRefresh, useLibrary } from '../../queries'
import { paths } from '../../config/paths'
import { PageHeader } from '../../components/ui/PageHeader'
import { FullHeightPage } from '../../components/ui/FullHeightPage'
import { EmptyState, ErrorState } from '../../components/ui/StateViews'
import { DownloadProgress, GridSkeleton, MediaGrid, SelectionBar, useGridPage } from '../../components/media-grid'

// Mounted only while open: its dialog code and its albums.list stay off the library's first render.
const AddToAlbumDialog = lazy(() => import('./AddToAlbumDialog').then((m) => ({ default: m.AddToAlbumDialog })))

export function LibraryPage({ actions }: { /** More header actions from other features (Add from Google Photos), mounted by the route. */ actions?: ReactNode } = {}) {
  const { t } = useTranslation('library')
  const { t: tc } = useTranslation()
  const library = useLibrary()
  useBaseUrlRefresh()
  const grid = useGridPage(library, { itemPath: paths.libraryItem, path: paths.library(), zipName: `${tc('download.zipName')}.zip` })
  const { items, selected, downloads } = grid
  const [addOpen, setAddOpen] = useState(false)
  const loadMore = grid.loadMore

  let body
  if (library.data) {
    body =
      items.length === 0 && !library.hasNextPage ? (
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
          {...grid.gridProps}
          label={t('gridLabel')}
          dateHeaders
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
      {grid.selection.ids.size > 0 ? (
        <SelectionBar count={grid.selection.ids.size} onClear={grid.clearSelection} onSelectAll={grid.selectAll} allSelected={grid.allSelected}>
          <button type="button" className="btn-ghost" onClick={() => setAddOpen(true)}>
            <FolderPlus className="size-5" aria-hidden />
            <span className="max-sm:sr-only">{tc('selection.addToAlbum')}</span>
          </button>
          <button type="button" className="btn-ghost" onClick={downloads.downloadSelected}>
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
      <DownloadProgress state={downloads.state} onCancel={downloads.cancel} />
      {body}
      {addOpen ? (
        <Suspense fallback={null}>
          <AddToAlbumDialog isOpen onOpenChange={setAddOpen} items={selected} onAdded={grid.clearSelection} />
        </Suspense>
      ) : null}
      {grid.viewerOutlet}
    </FullHeightPage>
  )
}
