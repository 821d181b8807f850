// The album list: cover cards with title, count and a shared badge, paged and windowed as you scroll; "New album" opens the
// title dialog and goes to the new album.
import { useCallback, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { FolderPlus, Images, Plus } from 'lucide-react'
import type { Album } from '../../api'
import { useAlbums, useCreateAlbum } from '../../queries'
import { paths } from '../../config/paths'
import { PageHeader } from '../../components/ui/PageHeader'
import { EmptyState, ErrorState, Spinner } from '../../components/ui/StateViews'
import { AlbumCard } from './AlbumCard'
import { VirtualCardGrid } from '../../components/ui/VirtualList'
import { TitleDialog } from './TitleDialog'
import { useWriteFailure } from '../../components/ui/describe-error'

const albumKey = (album: Album) => album.id ?? ''

function CardsSkeleton() {
  const { t } = useTranslation()
  return (
    <div role="status" aria-label={t('loading')} className="grid grid-cols-2 gap-4 px-4 sm:grid-cols-3 sm:px-6 lg:grid-cols-4 xl:grid-cols-5">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i}>
          <div className="aspect-square animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800" />
          <div className="mt-2 h-4 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div className="mt-1 h-3 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      ))}
    </div>
  )
}

export function AlbumsPage() {
  const { t } = useTranslation('albums')
  const { t: tc } = useTranslation()
  const failure = useWriteFailure()
  const navigate = useNavigate()
  const albums = useAlbums()
  const create = useCreateAlbum()
  const [createOpen, setCreateOpen] = useState(false)
  const list = useMemo(() => albums.data?.pages.flatMap((p) => p.albums) ?? [], [albums.data])
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = albums
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage])

  const openCreate = () => {
    create.reset()
    setCreateOpen(true)
  }

  let body
  if (albums.data) {
    body =
      list.length === 0 ? (
        <EmptyState
          icon={Images}
          title={t('empty.title')}
          body={t('empty.body')}
          action={
            <button type="button" className="btn-primary" onClick={openCreate}>
              <Plus className="size-4" aria-hidden />
              {t('newAlbum')}
            </button>
          }
        />
      ) : (
        <>
          <div className="px-4 sm:px-6">
            <VirtualCardGrid
              items={list}
              getKey={albumKey}
              renderItem={(album) => <AlbumCard album={album} size={240} />}
              label={t('listLabel')}
              minColumnWidth={150}
              maxColumns={5}
              estimateRowHeight={260}
              hasMore={hasNextPage}
              loadingMore={isFetchingNextPage || albums.isFetchNextPageError}
              onLoadMore={loadMore}
            />
          </div>
          <div className="flex justify-center py-6">
            {isFetchingNextPage ? (
              <Spinner />
            ) : albums.isFetchNextPageError ? (
              <ErrorState error={albums.error} title={t('loadError')} onRetry={() => void fetchNextPage()} className="py-4" />
            ) : hasNextPage ? (
              <button type="button" className="btn-secondary" onClick={() => void fetchNextPage()}>
                {t('loadMore')}
              </button>
            ) : null}
          </div>
        </>
      )
  } else if (albums.isError) {
    body = <ErrorState error={albums.error} title={t('loadError')} onRetry={() => void albums.refetch()} retrying={albums.isFetching} />
  } else {
    body = <CardsSkeleton />
  }

  return (
    <>
      <PageHeader
        title={tc('nav.albums')}
        actions={
          <button type="button" className="btn-primary" onClick={openCreate}>
            <FolderPlus className="size-4" aria-hidden />
            {t('newAlbum')}
          </button>
        }
      />
      <div className="pt-2">{body}</div>
      {createOpen ? (
        <TitleDialog
          isOpen
          onOpenChange={setCreateOpen}
          heading={t('create.title')}
          label={t('create.label')}
          submitLabel={t('create.submit')}
          busyLabel={t('create.creating')}
          busy={create.isPending}
          failed={create.isError ? failure(create.error).message : undefined}
          onSubmit={(title) =>
            create.mutate(
              { title },
              {
                onSuccess: (album) => {
                  setCreateOpen(false)
                  if (album.id) navigate(paths.album(album.id))
                },
              },
            )
          }
        />
      ) : null}
    </>
  )
}
