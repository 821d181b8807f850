// The Sharing section: join by link, and every shared album (owned or joined) from sharedAlbums.list.
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Users } from 'lucide-react'
import { useSharedAlbums } from '../../queries'
import { PageHeader } from '../../components/ui/PageHeader'
import { EmptyState, LoadingState, Spinner } from '../../components/ui/StateViews'
import { JoinForm } from './JoinForm'
import { ProblemNotice } from './ProblemNotice'
import { SharedAlbumCard } from './SharedAlbumCard'
import { VirtualCardGrid } from '../../components/ui/VirtualList'
import type { Album } from '../../api'

const sharedAlbumKey = (album: Album) => album.id ?? ''

export function SharingPage() {
  const { t } = useTranslation('sharing')
  const list = useSharedAlbums()
  const albums = useMemo(() => list.data?.pages.flatMap((p) => p.sharedAlbums) ?? [], [list.data])
  const { fetchNextPage } = list
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage])

  let body
  if (list.data) {
    body = albums.length ? (
      <>
        <VirtualCardGrid
          items={albums}
          getKey={sharedAlbumKey}
          renderItem={(album) => <SharedAlbumCard album={album} />}
          label={t('listLabel')}
          minColumnWidth={150}
          maxColumns={5}
          estimateRowHeight={270}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage || list.isFetchNextPageError}
          onLoadMore={loadMore}
        />
        {list.hasNextPage ? (
          <button type="button" className="btn-secondary self-center" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? <Spinner className="size-4" /> : null}
            {t('loadMore')}
          </button>
        ) : null}
      </>
    ) : (
      <EmptyState icon={Users} title={t('empty.title')} body={t('empty.body')} />
    )
  } else if (list.isError) {
    body = <ProblemNotice error={list.error} operation="list" onRetry={() => void list.refetch()} />
  } else {
    body = <LoadingState />
  }

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="flex flex-col gap-6 px-4 pb-8 sm:px-6">
        <JoinForm />
        {body}
      </div>
    </>
  )
}
