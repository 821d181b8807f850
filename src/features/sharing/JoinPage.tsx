// /join/<shareToken>: what the shared link opens. Shows the album first (sharedAlbums.get), then Join.
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { ArrowLeft, Images, MessageSquare, UserPlus } from 'lucide-react'
import { mediaUrl } from '../../api'
import { useJoinSharedAlbum, useSharedAlbum } from '../../queries'
import { paths } from '../../config/paths'
import { LoadingState, Spinner } from '../../components/ui/StateViews'
import { ProblemNotice } from './ProblemNotice'

export function JoinPage({ shareToken }: { shareToken: string }) {
  const { t } = useTranslation('sharing')
  const navigate = useNavigate()
  const preview = useSharedAlbum(shareToken)
  const join = useJoinSharedAlbum()
  const album = preview.data
  const title = album?.title || t('untitled')
  const info = album?.shareInfo
  const options = info?.sharedAlbumOptions
  const count = Number(album?.mediaItemsCount ?? 0)

  const doJoin = () =>
    join.mutate(
      { shareToken },
      {
        onSuccess: (joined) => {
          toast.success(t('join.joinedToast', { title: joined.title || title }))
          if (joined.id ?? album?.id) navigate(paths.sharedAlbum((joined.id ?? album?.id)!))
        },
      },
    )

  let body
  if (album) {
    body = (
      <article className="overflow-hidden rounded-2xl border border-slate-200 dark:border-slate-800">
        <div className="aspect-[16/9] bg-slate-200 dark:bg-slate-800">
          {album.coverPhotoBaseUrl ? (
            <img
              referrerPolicy="no-referrer"
              src={mediaUrl(album.coverPhotoBaseUrl, { width: 640, height: 360, crop: true, dpr: window.devicePixelRatio })}
              alt={t('join.coverAlt', { title })}
              className="size-full object-cover"
            />
          ) : (
            <div className="flex size-full items-center justify-center">
              <Images className="size-12 text-slate-400" aria-hidden />
            </div>
          )}
        </div>
        <div className="flex flex-col gap-3 p-4 sm:p-6">
          <h2 className="text-xl font-semibold">
            <bdi>{title}</bdi>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('itemCount', { count })}</p>
          <ul className="flex flex-col gap-1 text-sm">
            {options?.isCollaborative ? (
              <li className="flex items-center gap-2">
                <UserPlus className="size-4" aria-hidden />
                {t('join.previewCollaborative')}
              </li>
            ) : null}
            {options?.isCommentable ? (
              <li className="flex items-center gap-2">
                <MessageSquare className="size-4" aria-hidden />
                {t('join.previewCommentable')}
              </li>
            ) : null}
          </ul>
          {info?.isOwned ? (
            <p className="text-sm">{t('join.yours')}</p>
          ) : info?.isJoined ? (
            <p className="text-sm">{t('join.alreadyJoined')}</p>
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('join.previewBody')}</p>
          )}
          {join.isError ? <ProblemNotice error={join.error} operation="join" productUrl={album.productUrl} onRetry={doJoin} /> : null}
          <div className="flex flex-wrap gap-2">
            {info?.isJoined || info?.isOwned ? (
              <Link to={paths.sharedAlbum(album.id ?? '')} className="btn-primary">
                {t('join.open')}
              </Link>
            ) : info?.isJoinable === false ? (
              <p className="text-sm">{t('join.notJoinable')}</p>
            ) : (
              <button type="button" className="btn-primary" onClick={doJoin} disabled={join.isPending}>
                {join.isPending ? <Spinner className="size-4" /> : <UserPlus className="size-4" aria-hidden />}
                {join.isPending ? t('join.joining') : t('join.join')}
              </button>
            )}
          </div>
        </div>
      </article>
    )
  } else if (preview.isError) {
    body = <ProblemNotice error={preview.error} operation="get" onRetry={() => void preview.refetch()} />
  } else {
    body = <LoadingState />
  }

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-4 sm:px-6">
      <div className="flex items-center gap-2">
        <Link to={paths.sharing()} className="btn-ghost size-10 shrink-0 px-0" aria-label={t('album.back')} title={t('album.back')}>
          <ArrowLeft className="size-5 rtl:-scale-x-100" aria-hidden />
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t('join.previewTitle')}</h1>
      </div>
      {body}
    </div>
  )
}
