import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Users } from 'lucide-react'
import { mediaUrl, type Album } from '../../api'
import { paths } from '../../config/paths'
import { AlbumCardTitle, AlbumCover } from '../../components/ui/AlbumCardParts'

export function AlbumCard({ album, size }: { album: Album; size: number }) {
  const { t } = useTranslation('albums')
  const count = Number(album.mediaItemsCount ?? 0)
  const title = album.title || t('untitled')
  return (
    <Link to={paths.album(album.id!)} className="group block rounded-xl outline-offset-4">
      <AlbumCover
        src={album.coverPhotoBaseUrl ? mediaUrl(album.coverPhotoBaseUrl, { width: size, height: size, crop: true, dpr: window.devicePixelRatio }) : undefined}
        badge={
          album.shareInfo ? (
            <span className="absolute end-2 top-2 flex items-center gap-1 rounded-full bg-black/60 px-2 py-0.5 text-xs font-medium text-white">
              <Users className="size-3.5" aria-hidden />
              {t('shared')}
            </span>
          ) : null
        }
      />
      <AlbumCardTitle>{title}</AlbumCardTitle>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('itemCount', { count })}</p>
    </Link>
  )
}
