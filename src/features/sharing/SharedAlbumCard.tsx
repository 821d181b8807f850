import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { MessageSquare, UserPlus } from 'lucide-react'
import { mediaUrl, type Album } from '../../api'
import { paths } from '../../config/paths'
import { AlbumCardTitle, AlbumCover } from '../../components/ui/AlbumCardParts'

export function SharedAlbumCard({ album }: { album: Album }) {
  const { t } = useTranslation('sharing')
  const count = Number(album.mediaItemsCount ?? 0)
  const title = album.title || t('untitled')
  const owned = !!album.shareInfo?.isOwned
  const options = album.shareInfo?.sharedAlbumOptions
  return (
    <Link to={paths.sharedAlbum(album.id ?? '')} className="group block rounded-xl outline-offset-4">
      <AlbumCover
        src={album.coverPhotoBaseUrl ? mediaUrl(album.coverPhotoBaseUrl, { width: 220, height: 220, crop: true, dpr: window.devicePixelRatio }) : undefined}
        badge={
          <span
            className={`absolute start-2 top-2 rounded-full px-2 py-0.5 text-xs font-semibold ${
              owned ? 'bg-brand-600 text-white' : 'bg-white/90 text-slate-900 dark:bg-slate-900/90 dark:text-slate-100'
            }`}
          >
            {owned ? t('owned') : t('joined')}
          </span>
        }
      />
      <AlbumCardTitle>{title}</AlbumCardTitle>
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-600 dark:text-slate-400">
        <span>{t('itemCount', { count })}</span>
        {options?.isCollaborative ? (
          <span className="inline-flex items-center gap-1" title={t('collaborative')}>
            <UserPlus className="size-3.5" aria-hidden />
            <span className="sr-only">{t('collaborative')}</span>
          </span>
        ) : null}
        {options?.isCommentable ? (
          <span className="inline-flex items-center gap-1" title={t('commentable')}>
            <MessageSquare className="size-3.5" aria-hidden />
            <span className="sr-only">{t('commentable')}</span>
          </span>
        ) : null}
      </p>
    </Link>
  )
}
