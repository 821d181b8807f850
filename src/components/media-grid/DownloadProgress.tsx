// The visible state of a zip being prepared: how far it is, and Cancel.
import { useTranslation } from 'react-i18next'
import { Download } from 'lucide-react'
import type { SaveState } from './use-save-originals'

export function DownloadProgress({ state, onCancel }: { state: SaveState; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  if (state.phase !== 'saving') return null
  const { done, total, bytes } = state.progress
  const size = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000)
  const label = t('download.preparing', { count: total })
  return (
    <div className="mx-2 mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl bg-brand-50 px-3 py-2 text-sm sm:mx-4 dark:bg-slate-900">
      <Download className="size-4 shrink-0 text-brand-600 dark:text-brand-100" aria-hidden />
      <span className="font-medium">{label}</span>
      <progress className="h-2 min-w-24 flex-1 accent-brand-600" max={total} value={done} aria-label={label} />
      <span role="status" className="tabular-nums text-slate-700 dark:text-slate-300">
        {t('download.progress', { done, count: total, size })}
      </span>
      <button type="button" className="btn-ghost min-h-11" onClick={onCancel}>
        {t('download.cancel')}
      </button>
    </div>
  )
}
