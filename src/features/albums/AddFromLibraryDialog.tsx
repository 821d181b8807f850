// The add-photos picker of an album: the library in the same grid, in select-only mode, then
// albums.batchAddMediaItems at the end of the album.
import { useCallback, useMemo, useReducer } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import type { Album } from '../../api'
import { useAddToAlbum, useLibrary } from '../../queries'
import { AppDialog } from '../../components/ui/Dialog'
import { ErrorState, Spinner } from '../../components/ui/StateViews'
import { useWriteFailure } from '../../components/ui/describe-error'
import { GridSkeleton, MediaGrid, emptySelection, selectionReducer } from '../../components/media-grid'

export function AddFromLibraryDialog({ album, onOpenChange }: { album: Album; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation('albums')
  const { t: tc } = useTranslation()
  const failure = useWriteFailure()
  const library = useLibrary()
  const add = useAddToAlbum()
  const [selection, dispatch] = useReducer(selectionReducer, emptySelection)
  const items = useMemo(() => library.data?.pages.flatMap((p) => p.mediaItems) ?? [], [library.data])
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = library
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [fetchNextPage, hasNextPage, isFetchingNextPage])
  const count = selection.ids.size

  const submit = () => {
    if (!album.id || count === 0) return
    // In the order they appear in the library (the order they were picked is not kept by a set of ids).
    const chosen = items.filter((m) => m.id && selection.ids.has(m.id))
    add.mutate(
      { albumId: album.id, mediaItemIds: chosen.map((m) => m.id!), items: chosen },
      {
        onSuccess: () => {
          onOpenChange(false)
          toast.success(t('picker.added', { count: chosen.length }))
        },
      },
    )
  }

  return (
    <AppDialog
      isOpen
      onOpenChange={onOpenChange}
      size="xl"
      title={t('picker.title', { album: album.title || t('untitled') })}
      footer={
        <>
          {add.isError ? (
            <p role="alert" className="me-auto text-sm text-red-700 dark:text-red-300">
              {failure(add.error).message}
            </p>
          ) : (
            <p className="me-auto text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
              {count > 0 ? tc('selection.count', { count }) : t('picker.hint')}
            </p>
          )}
          <button type="button" className="btn-ghost" onClick={() => onOpenChange(false)}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn-primary" disabled={count === 0 || add.isPending} onClick={submit}>
            {add.isPending ? <Spinner className="size-4" /> : null}
            {add.isPending ? t('picker.adding') : t('picker.add', { count })}
          </button>
        </>
      }
    >
      <div className="flex h-full flex-col">
        {library.data ? (
          items.length === 0 ? (
            <p className="p-6 text-center text-slate-600 dark:text-slate-400">{t('picker.empty')}</p>
          ) : (
            <MediaGrid
              items={items}
              label={t('picker.gridLabel')}
              dateHeaders
              selectOnly
              selection={{ state: selection, dispatch }}
              hasMore={!!hasNextPage}
              loadingMore={isFetchingNextPage}
              onLoadMore={loadMore}
              className="min-h-0 flex-1 pt-1"
            />
          )
        ) : library.isError ? (
          <ErrorState error={library.error} onRetry={() => void library.refetch()} />
        ) : (
          <GridSkeleton />
        )}
      </div>
    </AppDialog>
  )
}
