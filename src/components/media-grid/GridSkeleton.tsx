// The grid's loading state: grey boxes in the shape of a justified grid, under a date-header bar.
import { useTranslation } from 'react-i18next'

const ROWS = [
  [1.5, 0.75, 1.33, 1, 1.5],
  [1, 1.78, 0.75, 1.33],
  [1.33, 1.33, 0.66, 1.5, 1],
]

/** `inset: false` inside a container that already has the grid's side padding (the grid's own scroller). */
export function GridSkeleton({ headers = true, label, inset = true }: { headers?: boolean; label?: string; inset?: boolean }) {
  const { t } = useTranslation()
  return (
    <div role="status" aria-label={label ?? t('loading')} className={`flex flex-col gap-1 overflow-hidden ${inset ? 'px-1 sm:px-4' : ''}`}>
      {ROWS.map((row, r) => (
        <div key={r} className="flex flex-col gap-1">
          {headers ? <div className="mb-3 mt-5 h-4 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" /> : null}
          <div className="flex h-28 gap-1 sm:h-44">
            {row.map((a, i) => (
              <div key={i} className="animate-pulse bg-slate-200 dark:bg-slate-800" style={{ flexGrow: a, flexBasis: 0 }} />
            ))}
          </div>
        </div>
      ))}
    </div>
  )
}
