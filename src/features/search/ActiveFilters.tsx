// The active filters as removable chips: above the results, and in the no-results state.
import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { partLabel } from './labels'
import { activeParts, normalizeOrder, removePart, type FilterPart, type SearchFilters } from './model'
import type { FilterChange } from './form/FilterForm'

const partKey = (p: FilterPart) =>
  p.type === 'date' || p.type === 'range' ? `${p.type}${p.index}` : p.type === 'include' || p.type === 'exclude' ? `${p.type}${p.category}` : p.type

export function ActiveFilters({ filters, onChange, albumTitle, large = false }: {
  filters: SearchFilters
  onChange: FilterChange
  albumTitle?: string
  large?: boolean
}) {
  const { t, i18n } = useTranslation('search')
  const parts = activeParts(filters)
  if (!parts.length) return null
  return (
    <ul aria-label={t('active.label')} className={`flex flex-wrap gap-2 ${large ? 'justify-center' : ''}`}>
      {parts.map((p) => {
        const name = partLabel(filters, p, i18n.language, t, albumTitle)
        return (
          <li key={partKey(p)}>
            <button
              type="button"
              onClick={() => onChange((f) => normalizeOrder(removePart(f, p)))}
              aria-label={t('active.remove', { name })}
              className={`inline-flex items-center gap-1.5 rounded-full border border-brand-600/30 bg-brand-50 text-brand-700 hover:bg-brand-100 dark:border-brand-500/40 dark:bg-brand-700/20 dark:text-brand-100 dark:hover:bg-brand-700/40 ${
                large ? 'min-h-11 px-4 text-sm' : 'min-h-8 px-3 text-xs max-sm:min-h-11'
              }`}
            >
              <span className="max-w-[16rem] truncate">{name}</span>
              <X aria-hidden className="size-3.5 shrink-0" />
            </button>
          </li>
        )
      })}
    </ul>
  )
}
