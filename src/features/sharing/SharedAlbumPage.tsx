// One shared album: its photos on the same wall as the library (who added each is in its accessible name and the
// viewer's info panel), the people in it, and what this user may do (share link for the owner, add photos for
// collaborators, leave for people who joined). The viewer is a nested route over the wall.
import { useMemo } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ArrowLeft, Download, Images, Info, MessageSquare, UserPlus } from 'lucide-react'
import { mediaUrl, type ContributorInfo } from '../../api'
import { useAlbum, useAlbumItems, useBaseUrlRefresh } from '../../queries'
import { paths } from '../../config/paths'
import { FullHeightPage } from '../../components/ui/FullHeightPage'
import { ErrorState } from '../../components/ui/StateViews'
import { DownloadProgress, GridSkeleton, MediaGrid, SelectionBar, useGridPage } from '../../components/media-grid'
import { AddPhotosButton } from './AddPhotosDialog'
import { LeaveButton } from './LeaveButton'
import { ProblemNotice } from './ProblemNotice'
import { ShareAlbumButton } from './ShareDialog'
import { canContribute } from './rules'

function Avatar({ info, size = 24 }: { info?: ContributorInfo; size?: number }) {
  const initial = (info?.displayName ?? '?').slice(0, 1).toUpperCase()
  return info?.profilePictureBaseUrl ? (
    <img
      referrerPolicy="no-referrer"
      src={mediaUrl(info.profilePictureBaseUrl, { width: size, height: size, crop: true, dpr: window.devicePixelRatio })}
      alt=""
      width={size}
      height={size}
      className="shrink-0 rounded-full bg-slate-300 object-cover"
      style={{ width: size, height: size }}
    />
  ) : (
    <span className="flex shrink-0 items-center justify-center rounded-full bg-slate-400 text-xs font-semibold text-white" style={{ width: size, height: size }} aria-hidden>
      {initial}
    </span>
  )
}

export function SharedAlbumPage({ albumId }: { albumId: string }) {
  const { t } = useTranslation('sharing')
  const { t: tc } = useTranslation()
  const album = useAlbum(albumId)
  const contents = useAlbumItems(albumId)
  useBaseUrlRefresh()
  const data = album.data
  const title = data?.title || t('untitled')
  const grid = useGridPage(contents, {
    itemPath: (itemId) => paths.sharedAlbumItem(albumId, itemId),
    path: paths.sharedAlbum(albumId),
    zipName: `${title}.zip`,
    showContributor: true,
  })
  const { items, selection, downloads } = grid
  const contributors = useMemo(() => {
    const seen = new Map<string, ContributorInfo>()
    for (const m of items) {
      const c = m.contributorInfo
      if (c?.displayName && !seen.has(c.displayName)) seen.set(c.displayName, c)
    }
    return [...seen.values()]
  }, [items])
  const info = data?.shareInfo
  const count = Number(data?.mediaItemsCount ?? items.length)

  const back = (
    <Link to={paths.sharing()} className="btn-ghost size-11 shrink-0 px-0" aria-label={t('album.back')} title={t('album.back')}>
      <ArrowLeft className="size-5 rtl:-scale-x-100" aria-hidden />
    </Link>
  )

  if (!data && album.isError) {
    return (
      <div className="flex flex-col gap-4 px-4 py-4 sm:px-6">
        {back}
        <ProblemNotice error={album.error} operation="get" onRetry={() => void album.refetch()} />
      </div>
    )
  }

  let body
  if (contents.data) {
    body = items.length ? (
      <MediaGrid
        {...grid.gridProps}
        label={t('album.itemsLabel')}
        className="min-h-0 flex-1"
        footer={contents.isFetchNextPageError ? <ErrorState error={contents.error} title={t('album.loadError')} onRetry={grid.loadMore} className="py-6" /> : null}
      />
    ) : (
      <div className="flex flex-col items-center gap-2 py-12 text-slate-600 dark:text-slate-400">
        <Images className="size-10" aria-hidden />
        <p>{t('album.empty')}</p>
      </div>
    )
  } else if (contents.isError) {
    body = <ErrorState error={contents.error} title={t('album.loadError')} onRetry={() => void contents.refetch()} />
  } else {
    body = <GridSkeleton headers={false} />
  }

  const header = (
    <div className="flex flex-col gap-3 px-2 pb-3 pt-3 sm:px-4">
      <div className="flex flex-wrap items-center gap-2">
        {back}
        <div className="min-w-0 flex-1 px-1">
          <h1 className="truncate text-2xl font-semibold tracking-tight">
            <bdi>{data ? title : <span className="inline-block h-7 w-48 animate-pulse rounded bg-slate-200 align-middle dark:bg-slate-800" />}</bdi>
          </h1>
          {data ? (
            <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-600 dark:text-slate-400">
              <span>{t('itemCount', { count })}</span>
              {info ? <span className="font-medium">{info.isOwned ? t('owned') : t('joined')}</span> : null}
              {info?.sharedAlbumOptions?.isCollaborative ? (
                <span className="inline-flex items-center gap-1">
                  <UserPlus className="size-4" aria-hidden />
                  {t('collaborative')}
                </span>
              ) : null}
              {info?.sharedAlbumOptions?.isCommentable ? (
                <span className="inline-flex items-center gap-1">
                  <MessageSquare className="size-4" aria-hidden />
                  {t('commentable')}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
        {data ? (
          // On phones the actions take a line of their own so the title keeps its room.
          <div className="flex flex-wrap items-center gap-2 max-sm:w-full max-sm:justify-end">
            {canContribute(data) ? <AddPhotosButton album={data} /> : null}
            <ShareAlbumButton albumId={albumId} />
            {info?.isOwned ? (
              <Link to={paths.album(albumId)} className="btn-secondary">
                {t('album.openAlbumPage')}
              </Link>
            ) : null}
            <LeaveButton album={data} />
          </div>
        ) : null}
      </div>
      {info && !info.isOwned ? (
        <p className="flex items-start gap-2 px-1 text-sm text-slate-600 dark:text-slate-400">
          <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
          {t('album.storyElsewhere')}
        </p>
      ) : null}
      {contributors.length ? (
        <section aria-labelledby="contributors-heading" className="px-1">
          <h2 id="contributors-heading" className="mb-2 text-sm font-semibold">
            {t('album.contributors')}
          </h2>
          <ul className="flex flex-wrap gap-3">
            {contributors.map((c) => (
              <li key={c.displayName} className="flex items-center gap-2 rounded-full bg-slate-100 py-1 pe-3 ps-1 text-sm dark:bg-slate-800">
                <Avatar info={c} size={28} />
                {c.displayName}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )

  return (
    <FullHeightPage>
      {selection.ids.size > 0 ? (
        <SelectionBar count={selection.ids.size} onClear={grid.clearSelection} onSelectAll={grid.selectAll} allSelected={grid.allSelected}>
          <button type="button" className="btn-ghost" onClick={downloads.downloadSelected}>
            <Download className="size-5" aria-hidden />
            <span className="max-sm:sr-only">{tc('selection.download')}</span>
          </button>
        </SelectionBar>
      ) : (
        header
      )}
      <DownloadProgress state={downloads.state} onCancel={downloads.cancel} />
      {body}
      {grid.viewerOutlet}
    </FullHeightPage>
  )
}
