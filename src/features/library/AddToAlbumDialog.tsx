// "Add to album…" for a selection: pick one of your albums (or create one) and the items are added to its end.
import { useCallback, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { Images, Plus } from 'lucide-react'
import { mediaUrl, type Album, type MediaItem } from '../../api'
import { useAddToAlbum, useAlbums, useCreateAlbum } from '../../queries'
import { paths } from '../../config/paths'
import { AppDialog } from '../../components/ui/Dialog'
import { ErrorState, Spinner } from '../../components/ui/StateViews'
import { useWriteFailure } from '../../components/ui/describe-error'
import { albumTitleProblem } from '../../api'
import { VirtualScrollList } from '../../components/ui/VirtualList'

const albumKey = (album: Album) => album.id ?? ''

function AlbumRow({ album, disabled, onPick }: { album: Album; disabled: boolean; onPick: () => void }) {
  const { t, i18n } = useTranslation('library')
  const count = Number(album.mediaItemsCount ?? 0)
  const readOnly = album.isWriteable === false
  return (
    <button
      type="button"
      disabled={disabled || readOnly}
      onClick={onPick}
      className="flex w-full items-center gap-3 rounded-xl px-3 py-2 text-start hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 dark:hover:bg-slate-800"
    >
      <span className="flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-slate-200 dark:bg-slate-800">
        {album.coverPhotoBaseUrl ? (
          <img referrerPolicy="no-referrer" src={mediaUrl(album.coverPhotoBaseUrl, { width: 48, height: 48, crop: true, dpr: window.devicePixelRatio })} alt="" className="size-full object-cover" />
        ) : (
          <Images className="size-5 text-slate-500" aria-hidden />
        )}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate font-medium">
          <bdi>{album.title || t('addToAlbum.untitled')}</bdi>
        </span>
        <span className="block text-sm text-slate-600 dark:text-slate-400">
          {readOnly ? t('addToAlbum.readOnly') : new Intl.NumberFormat(i18n.language).format(count)}
        </span>
      </span>
    </button>
  )
}

export function AddToAlbumDialog({
  isOpen,
  onOpenChange,
  items,
  onAdded,
}: {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  items: readonly MediaItem[]
  onAdded?: () => void
}) {
  const { t } = useTranslation('library')
  const navigate = useNavigate()
  const albums = useAlbums()
  const add = useAddToAlbum()
  const create = useCreateAlbum()
  const [title, setTitle] = useState('')
  const [touched, setTouched] = useState(false)
  const failure = useWriteFailure()
  const [failed, setFailed] = useState<{ album: string; error: unknown } | null>(null)
  const list = useMemo(() => albums.data?.pages.flatMap((p) => p.albums) ?? [], [albums.data])
  const { fetchNextPage } = albums
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage])
  const busy = add.isPending || create.isPending
  const problem = albumTitleProblem(title)
  const ids = items.map((m) => m.id!).filter(Boolean)

  const addTo = (album: Album) => {
    if (!album.id) return
    const name = album.title || t('addToAlbum.untitled')
    setFailed(null)
    add.mutate(
      { albumId: album.id, mediaItemIds: ids, items: [...items] },
      {
        onSuccess: () => {
          onOpenChange(false)
          onAdded?.()
          toast.success(t('addToAlbum.added', { count: ids.length, album: name }), {
            action: { label: t('addToAlbum.open'), onClick: () => navigate(paths.album(album.id!)) },
          })
        },
        onError: (error) => setFailed({ album: name, error }),
      },
    )
  }

  const createAndAdd = async () => {
    setTouched(true)
    if (problem) return
    setFailed(null)
    try {
      const album = await create.mutateAsync({ title: title.trim() })
      addTo(album)
      setTitle('')
      setTouched(false)
    } catch (error) {
      setFailed({ album: title.trim(), error })
    }
  }

  return (
    <AppDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('addToAlbum.title')}>
      <div className="flex flex-col gap-4 p-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('addToAlbum.intro', { count: ids.length })}</p>
        {failed ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {t('addToAlbum.failed', { album: failed.album, reason: failure(failed.error).message })}
          </p>
        ) : null}
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            void createAndAdd()
          }}
        >
          <label htmlFor="new-album-title" className="text-sm font-medium">
            {t('addToAlbum.newAlbumTitle')}
          </label>
          <div className="flex gap-2">
            <input
              id="new-album-title"
              className="field flex-1"
              dir="auto"
              value={title}
              aria-invalid={touched && !!problem}
              aria-describedby={touched && problem ? 'new-album-title-error' : undefined}
              onChange={(e) => setTitle(e.target.value)}
              disabled={busy}
            />
            <button type="submit" className="btn-primary" disabled={busy}>
              {create.isPending ? <Spinner className="size-4" /> : <Plus className="size-4" aria-hidden />}
              {t('addToAlbum.create')}
            </button>
          </div>
          {touched && problem ? (
            <p id="new-album-title-error" className="text-sm text-red-700 dark:text-red-300">
              {problem.kind === 'empty' ? t('addToAlbum.titleEmpty') : t('addToAlbum.titleTooLong', { count: problem.over })}
            </p>
          ) : null}
        </form>

        <h3 className="text-sm font-medium">{t('addToAlbum.albums')}</h3>
        {albums.data ? (
          list.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('addToAlbum.none')}</p>
          ) : (
            <VirtualScrollList
              className="-mx-3 max-h-[min(20rem,40dvh)]"
              items={list}
              getKey={albumKey}
              renderItem={(album) => <AlbumRow album={album} disabled={busy} onPick={() => addTo(album)} />}
              label={t('addToAlbum.albums')}
              estimateRowHeight={64}
              hasMore={albums.hasNextPage}
              loadingMore={albums.isFetchingNextPage || albums.isFetchNextPageError}
              onLoadMore={loadMore}
            />
          )
        ) : albums.isError ? (
          <ErrorState error={albums.error} onRetry={() => void albums.refetch()} className="py-4" />
        ) : (
          <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <Spinner className="size-4" />
            {t('addToAlbum.loading')}
          </p>
        )}
        {albums.hasNextPage ? (
          <button type="button" className="btn-ghost self-center" onClick={() => void albums.fetchNextPage()} disabled={albums.isFetchingNextPage}>
            {t('addToAlbum.loadMore')}
          </button>
        ) : null}
        {add.isPending ? (
          <p role="status" className="flex items-center gap-2 text-sm">
            <Spinner className="size-4" />
            {t('addToAlbum.adding')}
          </p>
        ) : null}
      </div>
    </AppDialog>
  )
}
