// The bar that takes the page header's place while items are selected: count, clear, select all, and the
// page's own actions.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckCheck, X } from 'lucide-react'
import { IconButton } from '../ui/IconButton'

export function SelectionBar({
  count,
  onClear,
  onSelectAll,
  allSelected = false,
  children,
}: {
  count: number
  onClear: () => void
  onSelectAll?: () => void
  allSelected?: boolean
  children?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div
      role="toolbar"
      aria-label={t('selection.actions')}
      className="flex min-h-16 flex-wrap items-center gap-1 bg-brand-50 px-2 py-2 sm:px-4 dark:bg-slate-900"
    >
      <IconButton label={t('selection.clear')} icon={X} onClick={onClear} />
      <p className="me-auto px-1 text-lg font-medium" aria-live="polite">
        {t('selection.count', { count })}
      </p>
      {onSelectAll && !allSelected ? (
        <button type="button" className="btn-ghost" onClick={onSelectAll}>
          <CheckCheck className="size-5" aria-hidden />
          <span className="max-sm:sr-only">{t('selection.selectAll')}</span>
        </button>
      ) : null}
      {children}
    </div>
  )
}
