// The Sharing section: join by link, and every shared album (owned or joined) from sharedAlbums.list.
import { useTranslation } from 'react-i18next'
import { Users } from 'lucide-react'
import { useSharedAlbums } from '../../queries'
import { PageHeader } from '../../components/ui/PageHeader'
import { EmptyState, LoadingState, Spinner } from '../../components/ui/StateViews'
import { JoinForm } from './JoinForm'
import { ProblemNotice } from './ProblemNotice'
import { SharedAlbumCard } from './SharedAlbumCard'

export function SharingPage() {
  const { t } = useTranslation('sharing')
  const list = useSharedAlbums()
  const albums = list.data?.pages.flatMap((p) => p.sharedAlbums) ?? []

  let body
  if (list.data) {
    body = albums.length ? (
      <>
        <ul aria-label={t('listLabel')} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
          {albums.map((a) => (
            <SharedAlbumCard key={a.id} album={a} />
          ))}
        </ul>
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
