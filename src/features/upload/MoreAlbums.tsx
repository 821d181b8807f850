// "Show more albums" under an album select: the server lists albums a page at a time and a user can have
// thousands, so the choice grows by pages on request instead of loading them all.
import { useTranslation } from 'react-i18next'
import { Spinner } from '../../components/ui/StateViews'
import type { useAlbums } from '../../queries'

export function MoreAlbums({ albums, className = '' }: { albums: ReturnType<typeof useAlbums>; className?: string }) {
  const { t } = useTranslation('upload')
  if (!albums.hasNextPage) return null
  return (
    <button type="button" className={`btn-ghost self-start ${className}`} disabled={albums.isFetchingNextPage} onClick={() => void albums.fetchNextPage()}>
      {albums.isFetchingNextPage ? <Spinner className="size-4" /> : null}
      {t('moreAlbums')}
    </button>
  )
}
