import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Images, Users } from 'lucide-react'
import { mediaUrl, type Album } from '../../api'
import { paths } from '../../config/paths'

export function AlbumCard({ album, size }: { album: Album; size: number }) {
  const { t } = useTranslation('albums')
  const count = Number(album.mediaItemsCount ?? 0)
  const title = album.title || t('untitled')
  return (
    <Link to={paths.album(album.id!)} className="group block rounded-xl outline-offset-4">
      <div className="relative aspect-square overflow-hidden rounded-xl bg-slate-200 dark:bg-slate-800">
        {album.coverPhotoBaseUrl ? (
          <img
            referrerPolicy="no-referrer"
            src={mediaUrl(album.coverPhotoBaseUrl, { width: size, height: size, crop: true, dpr: window.devicePixelRatio })}
            alt=""
            loading="lazy"
            className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : (
          <div className="flex size-full items-center justify-center">
            <Images className="size-10 text-slate-400 dark:text-slate-500" aria-hidden />
          </div>
        )}
        {album.shareInfo ? (
          <span className="absolute end-2 top-2 flex items-center gap-1 rounded-full bg-black/60 px-2 py-0.5 text-xs font-medium text-white">
            <Users className="size-3.5" aria-hidden />
            {t('shared')}
          </span>
        ) : null}
      </div>
      {/* The title's own direction decides where it is cut (an English title on a Hebrew page ends in "…"),
          while it stays aligned with the page. */}
      <p dir="auto" className="mt-2 truncate font-medium [text-align:match-parent]">
        {title}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('itemCount', { count })}</p>
    </Link>
  )
}
