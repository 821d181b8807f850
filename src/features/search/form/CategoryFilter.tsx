// Content categories: each one can be included, excluded, or neither (so never both, as the API requires).
import { Ban, Check } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components'
import type { ContentCategory } from '../../../api/types'
import { ALL_CATEGORIES, CATEGORY_ICONS } from '../categories'
import { categoryName, issueMessage } from '../labels'
import { LIMITS, type SearchFilters } from '../model'
import { issuesAt, type FilterIssue } from '../validate'
import { FieldIssues } from './Fields'
import type { FilterChange } from './FilterForm'

const toggleClass =
  'inline-flex min-h-8 items-center gap-1 rounded-full border border-slate-300 px-2.5 text-xs font-medium outline-none transition-colors ' +
  'data-[hovered]:bg-slate-100 dark:border-slate-600 dark:data-[hovered]:bg-slate-800 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 ' +
  'data-[disabled]:opacity-40'

export function CategoryFilter({ filters, issues, onChange, isDisabled }: {
  filters: SearchFilters
  issues: FilterIssue[]
  onChange: FilterChange
  isDisabled?: boolean
}) {
  const { t, i18n } = useTranslation('search')
  const id = useId()
  const messages = [...issuesAt(issues, 'include'), ...issuesAt(issues, 'exclude'), ...issuesAt(issues, 'categories')].map((i) =>
    issueMessage(i, i18n.language, t),
  )
  const includeFull = filters.include.length >= LIMITS.categories
  const excludeFull = filters.exclude.length >= LIMITS.categories

  const set = (c: ContentCategory, choice: 'include' | 'exclude' | null) =>
    onChange((f) => {
      const include = f.include.filter((x) => x !== c)
      const exclude = f.exclude.filter((x) => x !== c)
      if (choice === 'include') include.push(c)
      if (choice === 'exclude') exclude.push(c)
      return { ...f, include, exclude }
    })

  const counter = (text: string, over: boolean) => (
    <span className={`tabular-nums ${over ? 'font-semibold text-red-700 dark:text-red-300' : ''}`}>{text}</span>
  )

  return (
    <div>
      <p className="mb-2 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {counter(t('categories.included', { count: filters.include.length, max: LIMITS.categories }), filters.include.length > LIMITS.categories)}
        {counter(t('categories.excluded', { count: filters.exclude.length, max: LIMITS.categories }), filters.exclude.length > LIMITS.categories)}
      </p>
      <FieldIssues id={`${id}-issues`} messages={messages} />
      <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800/70">
        {ALL_CATEGORIES.map((c) => {
          const Icon = CATEGORY_ICONS[c]
          const included = filters.include.includes(c)
          const excluded = filters.exclude.includes(c)
          // From the URL a category can be in both lists: show both pressed, and the message above.
          const selected = new Set<Key>([...(included ? ['include'] : []), ...(excluded ? ['exclude'] : [])])
          const name = categoryName(c, t)
          return (
            <li key={c} className="flex items-center gap-2 py-1.5">
              <Icon aria-hidden className={`size-4 shrink-0 ${included ? 'text-brand-600 dark:text-brand-500' : excluded ? 'text-red-600 dark:text-red-400' : 'text-slate-500'}`} />
              <span className={`min-w-0 flex-1 truncate text-sm ${excluded ? 'line-through decoration-red-500/60' : ''}`}>{name}</span>
              <ToggleButtonGroup
                aria-label={name}
                aria-describedby={messages.length ? `${id}-issues` : undefined}
                selectionMode="single"
                selectedKeys={selected}
                onSelectionChange={(keys) => {
                  const [k] = [...keys]
                  set(c, k === 'include' || k === 'exclude' ? k : null)
                }}
                isDisabled={isDisabled}
                className="flex shrink-0 gap-1"
              >
                <ToggleButton
                  id="include"
                  isDisabled={includeFull && !included}
                  className={`${toggleClass} data-[selected]:border-brand-600 data-[selected]:bg-brand-600 data-[selected]:text-white`}
                >
                  <Check aria-hidden className="size-3.5" />
                  {t('categories.include')}
                </ToggleButton>
                <ToggleButton
                  id="exclude"
                  isDisabled={excludeFull && !excluded}
                  className={`${toggleClass} data-[selected]:border-red-600 data-[selected]:bg-red-600 data-[selected]:text-white`}
                >
                  <Ban aria-hidden className="size-3.5" />
                  {t('categories.exclude')}
                </ToggleButton>
              </ToggleButtonGroup>
            </li>
          )
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('categories.noneHint')}</p>
    </div>
  )
}
