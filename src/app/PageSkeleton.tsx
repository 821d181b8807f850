// Grey shapes of the page a path leads to, shown while its code or its data is on the way: a photo grid for
// the library, an album and search, cards for albums and sharing, a form for upload, the viewer's black stage.
import { useTranslation } from 'react-i18next'
import { GridSkeleton } from '../components/media-grid'
import type { SkeletonKind } from './shell-layout'

const bar = 'animate-pulse rounded bg-slate-200 dark:bg-slate-800'

function Heading() {
  return (
    <div className="px-4 pb-2 pt-5 sm:px-6">
      <div className={`h-8 w-40 ${bar}`} />
    </div>
  )
}

export function PageSkeleton({ kind, label }: { kind: SkeletonKind; label?: string }) {
  const { t } = useTranslation()
  const status = label ?? t('loading')
  if (kind === 'viewer') return <div role="status" aria-label={status} className="fixed inset-0 z-40 bg-black" />
  if (kind === 'grid') {
    return (
      <>
        <Heading />
        <GridSkeleton label={status} />
      </>
    )
  }
  return (
    <>
      <Heading />
      <div role="status" aria-label={status} className="px-4 sm:px-6">
        {kind === 'cards' ? (
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
            {Array.from({ length: 8 }, (_, i) => (
              <div key={i} className="flex flex-col gap-2">
                <div className={`aspect-square ${bar} rounded-xl`} />
                <div className={`h-4 w-3/4 ${bar}`} />
                <div className={`h-3 w-1/3 ${bar}`} />
              </div>
            ))}
          </div>
        ) : (
          <div className="flex max-w-2xl flex-col gap-4">
            <div className={`h-40 ${bar} rounded-xl`} />
            <div className={`h-11 w-48 ${bar}`} />
          </div>
        )}
      </div>
    </>
  )
}
