// One album: its items in album order, rename, cover, add from the library, upload into it, remove selected
// items, open in Google Photos. The viewer is a nested route over the grid.
import { useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { ArrowLeft, ChevronDown, Download, ExternalLink, Images, ImagePlus, MoreVertical, Pencil, Plus, SquareCheck, Trash2, Upload, Users, type LucideIcon } from 'lucide-react'
import type { MediaItem } from '../../api'
import { useAlbum, useAlbumItems, useBaseUrlRefresh, useGooglePhotosLink, useRemoveFromAlbum, useUpdateAlbum } from '../../queries'
import { paths } from '../../config/paths'
import { FullHeightPage } from '../../components/ui/FullHeightPage'
import { EmptyState, ErrorState, Spinner } from '../../components/ui/StateViews'
import { DownloadProgress, GridSkeleton, MediaGrid, SelectionBar, useGridPage, type GridExtra } from '../../components/media-grid'
import { AddFromLibraryDialog } from './AddFromLibraryDialog'
import { TitleDialog } from './TitleDialog'
import { useWriteFailure } from '../../components/ui/describe-error'

/** An item of the album's "Add" menu (more come from other features: the story, Google Photos…) or its More menu. */
export interface AlbumAddAction {
  id: string
  label: string
  icon: LucideIcon
  onAction: () => void
}

export function AlbumPage({
  albumId,
  extras,
  actions,
  addActions = [],
  selectionActions,
}: {
  albumId: string
  extras?: readonly GridExtra[]
  /** More header actions from other features (sharing), mounted by the route. */
  actions?: ReactNode
  /** More ways to add to the album, listed in its "Add" menu after library and upload. */
  addActions?: readonly AlbumAddAction[]
  /** More actions for the selection (e.g. "add text after this photo"), given the selected items. */
  selectionActions?: (selected: readonly MediaItem[]) => ReactNode
}) {
  const { t } = useTranslation('albums')
  const failure = useWriteFailure()
  const navigate = useNavigate()
  const album = useAlbum(albumId)
  const contents = useAlbumItems(albumId)
  useBaseUrlRefresh()
  const update = useUpdateAlbum()
  const remove = useRemoveFromAlbum()
  const [renameOpen, setRenameOpen] = useState(false)
  const [pickerOpen, setPickerOpen] = useState(false)
  const data = album.data
  const title = data?.title || t('untitled')
  const grid = useGridPage(contents, {
    itemPath: (itemId) => paths.albumItem(albumId, itemId),
    path: paths.album(albumId),
    zipName: `${title}.zip`,
    showContributor: !!data?.shareInfo,
  })
  const { items, selected, selection, downloads, clearSelection } = grid
  const writeable = data?.isWriteable !== false
  const count = Number(data?.mediaItemsCount ?? items.length)
  const googlePhotosUrl = useGooglePhotosLink(data?.productUrl)
  const loadMore = grid.loadMore

  const setCover = () => {
    const id = selected[0]?.id
    if (!id) return
    update.mutate(
      { albumId, coverPhotoMediaItemId: id },
      {
        onSuccess: () => {
          clearSelection()
          toast.success(t('album.coverSet'))
        },
        onError: (error) => toast.error(failure(error).message),
      },
    )
  }

  const removeSelected = () => {
    const mediaItemIds = [...selection.ids]
    remove.mutate(
      { albumId, mediaItemIds },
      {
        onSuccess: () => toast.success(t('album.removed', { count: mediaItemIds.length })),
        onError: (error) => toast.error(failure(error).message),
      },
    )
    clearSelection()
  }

  const addItems: readonly AlbumAddAction[] = [
    { id: 'library', label: t('album.addFromLibrary'), icon: Images, onAction: () => setPickerOpen(true) },
    { id: 'upload', label: t('album.addByUpload'), icon: Upload, onAction: () => void navigate(paths.uploadTo(albumId)) },
    ...addActions,
  ]
  const moreItems: readonly AlbumAddAction[] = [
    ...(writeable
      ? [
        {
          id: 'rename',
          label: t('album.rename'),
          icon: Pencil,
          onAction: () => {
            update.reset()
            setRenameOpen(true)
          },
        },
      ]
      : []),
    ...(googlePhotosUrl
      ? [{ id: 'open', label: t('album.openInGooglePhotos'), icon: ExternalLink, onAction: () => window.open(googlePhotosUrl, '_blank', 'noopener') }]
      : []),
  ]

  if (!data && album.isError) {
    return (
      <div>
        <BackLink />
        <ErrorState error={album.error} title={t('album.loadError')} onRetry={() => void album.refetch()} retrying={album.isFetching} />
      </div>
    )
  }

  let body
  if (contents.data) {
    body =
      items.length === 0 && !contents.hasNextPage ? (
        <EmptyState
          icon={ImagePlus}
          title={t('album.emptyTitle')}
          body={writeable ? t('album.emptyBody') : undefined}
          action={
            writeable ? (
              <>
                <button type="button" className="btn-primary" onClick={() => setPickerOpen(true)}>
                  <Plus className="size-4" aria-hidden />
                  {t('album.addPhotos')}
                </button>
                <Link to={paths.uploadTo(albumId)} className="btn-secondary">
                  <Upload className="size-4" aria-hidden />
                  {t('album.uploadHere')}
                </Link>
              </>
            ) : null
          }
        />
      ) : (
        <MediaGrid
          {...grid.gridProps}
          extras={extras}
          label={t('album.gridLabel')}
          className="min-h-0 flex-1"
          footer={contents.isFetchNextPageError ? <ErrorState error={contents.error} title={t('album.itemsError')} onRetry={loadMore} className="py-6" /> : null}
        />
      )
  } else if (contents.isError) {
    body = <ErrorState error={contents.error} title={t('album.itemsError')} onRetry={() => void contents.refetch()} retrying={contents.isFetching} />
  } else {
    body = <GridSkeleton headers={false} />
  }

  return (
    <FullHeightPage>
      {selection.ids.size > 0 ? (
        <SelectionBar count={selection.ids.size} onClear={clearSelection} onSelectAll={grid.selectAll} allSelected={grid.allSelected}>
          {writeable && selection.ids.size === 1 ? (
            <button type="button" className="btn-ghost" onClick={setCover} disabled={update.isPending}>
              {update.isPending ? <Spinner className="size-4" /> : <SquareCheck className="size-5" aria-hidden />}
              <span className="max-sm:sr-only">{t('album.setCover')}</span>
            </button>
          ) : null}
          <button type="button" className="btn-ghost" onClick={downloads.downloadSelected}>
            <Download className="size-5" aria-hidden />
            <span className="max-sm:sr-only">{t('album.download')}</span>
          </button>
          {writeable ? (
            <button type="button" className="btn-ghost" onClick={removeSelected}>
              <Trash2 className="size-5" aria-hidden />
              <span className="max-sm:sr-only">{t('album.remove')}</span>
            </button>
          ) : null}
          {selectionActions?.(selected)}
        </SelectionBar>
      ) : (
        <div className="flex flex-wrap items-center gap-2 px-2 pb-2 pt-3 sm:px-4">
          <BackLink />
          <div className="min-w-0 flex-1 px-1">
            <h1 className="truncate text-2xl font-semibold tracking-tight">
              <bdi>{data ? title : <span className="inline-block h-7 w-48 animate-pulse rounded bg-slate-200 align-middle dark:bg-slate-800" />}</bdi>
            </h1>
            <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              {data ? t('itemCount', { count }) : null}
              {data?.shareInfo ? (
                <span className="inline-flex items-center gap-1">
                  <Users className="size-4" aria-hidden />
                  {t('shared')}
                </span>
              ) : null}
            </p>
          </div>
          {data ? (
            // Labelled actions; on phones they take a line of their own so the title keeps its room, and wrap
            // as whole buttons rather than break a label over lines.
            <div className="flex flex-wrap items-center gap-2 max-sm:w-full max-sm:justify-end [&_button]:whitespace-nowrap">
              {writeable ? (
                <HeaderMenu items={addItems} buttonClass="btn-primary">
                  <Plus className="size-4" aria-hidden />
                  {t('album.add')}
                  <ChevronDown className="size-4" aria-hidden />
                </HeaderMenu>
              ) : null}
              {actions}
              {moreItems.length ? (
                <HeaderMenu items={moreItems} buttonClass="btn-ghost size-11 px-0" label={t('album.more')}>
                  <MoreVertical className="size-5" aria-hidden />
                </HeaderMenu>
              ) : null}
            </div>
          ) : null}
          {data && !writeable ? <p className="w-full px-1 text-sm text-slate-600 dark:text-slate-400">{t('album.readOnly')}</p> : null}
        </div>
      )}
      <DownloadProgress state={downloads.state} onCancel={downloads.cancel} />
      {body}
      {renameOpen && data ? (
        <TitleDialog
          isOpen
          onOpenChange={setRenameOpen}
          heading={t('rename.title')}
          label={t('rename.label')}
          submitLabel={t('rename.submit')}
          busyLabel={t('rename.saving')}
          initial={data.title ?? ''}
          busy={update.isPending}
          failed={update.isError ? failure(update.error).message : undefined}
          onSubmit={(next) => update.mutate({ albumId, title: next }, { onSuccess: () => setRenameOpen(false) })}
        />
      ) : null}
      {pickerOpen && data ? <AddFromLibraryDialog album={data} onOpenChange={setPickerOpen} /> : null}
      {grid.viewerOutlet}
    </FullHeightPage>
  )
}

/** A header button that opens a menu of labelled actions. */
function HeaderMenu({ items, buttonClass, label, children }: { items: readonly AlbumAddAction[]; buttonClass: string; label?: string; children: ReactNode }) {
  return (
    <MenuTrigger>
      <Button aria-label={label} className={`${buttonClass} outline-none data-[focus-visible]:outline-2 data-[focus-visible]:outline-brand-500`}>
        {children}
      </Button>
      <Popover placement="bottom end" className="min-w-56 rounded-xl border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <Menu className="outline-none" onAction={(key) => items.find((item) => item.id === key)?.onAction()}>
          {items.map(({ id, label: text, icon: Icon }) => (
            <MenuItem
              key={id}
              id={id}
              className="flex min-h-11 cursor-default items-center gap-3 rounded-lg px-3 py-2 text-sm outline-none data-[focused]:bg-slate-100 dark:data-[focused]:bg-slate-800"
            >
              <Icon className="size-4" aria-hidden />
              {text}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}

function BackLink() {
  const { t } = useTranslation('albums')
  return (
    <Link to={paths.albums()} className="btn-ghost size-11 shrink-0 px-0" aria-label={t('album.back')} title={t('album.back')}>
      <ArrowLeft className="size-5 rtl:-scale-x-100" aria-hidden />
    </Link>
  )
}
