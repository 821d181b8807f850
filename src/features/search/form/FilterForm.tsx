// The whole filter form. Every change goes straight to the URL (see SearchPage), so there is no submit button.
import { ChevronDown, FolderOpen, Info } from 'lucide-react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Button,
  Checkbox,
  Label,
  ListBox,
  ListBoxItem,
  ListLayout,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  Virtualizer,
} from 'react-aria-components'
import { issueMessage } from '../labels'
import { activeParts, hasDateFilter, removePart, hasOrderBlockingFilters, type MediaTypeChoice, type SearchFilters } from '../model'
import type { Today } from '../presets'
import { issuesAt, type FilterIssue } from '../validate'
import { CategoryFilter } from './CategoryFilter'
import { DateFilters } from './DateFilters'
import { FieldIssues, labelClass } from './Fields'

interface ChangeOptions {
  /** Successive edits of the same field (typing a date) replace one history entry instead of adding many. */
  coalesce?: string
}
/**
 * Takes the new filters, or a function of the latest ones: clicks can come faster than the URL (and so the
 * `filters` a component rendered with) updates, so edits build on the latest filters, not the rendered ones.
 */
export type FilterChange = (next: SearchFilters | ((latest: SearchFilters) => SearchFilters), options?: ChangeOptions) => void

export interface AlbumChoice {
  id: string
  title: string
  /** The API lets Shoebox add items only to albums it created. */
  writable?: boolean
}

interface Props {
  filters: SearchFilters
  issues: FilterIssue[]
  onChange: FilterChange
  today: Today
  albums: AlbumChoice[] | undefined
  /** The album choice is about to be used (focused, pointed at, opened): the albums are asked for then. */
  onAlbumsWanted: () => void
}

const LIBRARY = '__library__'

export function FilterForm({ filters, issues, onChange, today, albums, onAlbumsWanted }: Props) {
  const { t } = useTranslation('search')
  const paused = !!filters.albumId
  const pausedCount = activeParts(filters).filter((p) => p.type !== 'album').length
  return (
    <form className="space-y-5" onSubmit={(e) => e.preventDefault()} aria-label={t('filters')}>
      <ScopeSelect filters={filters} onChange={onChange} albums={albums} onAlbumsWanted={onAlbumsWanted} />
      {paused ? (
        <div className="flex gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div className="space-y-1">
            <p id="album-paused-note">{t('scope.paused')}</p>
            {pausedCount ? <p className="font-medium">{t('scope.pausedCount', { count: pausedCount })}</p> : null}
            <Button
              onPress={() => onChange((f) => removePart(f, { type: 'album' }))}
              className="font-medium text-brand-700 underline underline-offset-2 outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 dark:text-brand-100"
            >
              {t('scope.useLibrary')}
            </Button>
          </div>
        </div>
      ) : null}

      <Section legend={t('dates.legend')} hint={t('dates.hint')} isDisabled={paused}>
        <DateFilters filters={filters} issues={issues} onChange={onChange} today={today} isDisabled={paused} />
      </Section>

      <Section legend={t('order.legend')} isDisabled={paused}>
        <OrderChoice filters={filters} issues={issues} onChange={onChange} isDisabled={paused} />
      </Section>

      <Section legend={t('mediaType.legend')} isDisabled={paused}>
        <RadioGroup
          aria-label={t('mediaType.legend')}
          value={filters.mediaType}
          onChange={(v) => onChange((f) => ({ ...f, mediaType: v as MediaTypeChoice }))}
          orientation="horizontal"
          isDisabled={paused}
          className="flex w-full rounded-full border border-slate-300 p-0.5 dark:border-slate-600"
        >
          {(['ALL_MEDIA', 'PHOTO', 'VIDEO'] as const).map((v) => (
            <Radio
              key={v}
              value={v}
              className="flex min-h-9 flex-1 cursor-default items-center justify-center rounded-full px-3 text-sm outline-none transition-colors data-[selected]:bg-brand-600 data-[selected]:text-white data-[hovered]:not-data-[selected]:bg-slate-100 dark:data-[hovered]:not-data-[selected]:bg-slate-800 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500"
            >
              {t(`mediaType.${v}`)}
            </Radio>
          ))}
        </RadioGroup>
      </Section>

      <Section legend={t('categories.legend')} hint={t('categories.hint')} isDisabled={paused}>
        <CategoryFilter filters={filters} issues={issues} onChange={onChange} isDisabled={paused} />
      </Section>

      <Section legend={t('more.legend')} isDisabled={paused}>
        <div className="space-y-2">
          <Check isSelected={filters.favorites} onChange={(v) => onChange((f) => ({ ...f, favorites: v }))} isDisabled={paused}>
            {t('more.favorites')}
          </Check>
          <Check isSelected={filters.archived} onChange={(v) => onChange((f) => ({ ...f, archived: v }))} isDisabled={paused}>
            {t('more.archived')}
          </Check>
          <Check
            isSelected={filters.appCreatedOnly}
            onChange={(v) => onChange((f) => ({ ...f, appCreatedOnly: v }))}
            isDisabled={paused}
            hint={t('more.appCreatedHint')}
          >
            {t('more.appCreated')}
          </Check>
        </div>
      </Section>
    </form>
  )
}

function Section({ legend, hint, isDisabled, children }: { legend: string; hint?: string; isDisabled?: boolean; children: ReactNode }) {
  const id = useId()
  return (
    <section
      aria-labelledby={id}
      aria-describedby={isDisabled ? 'album-paused-note' : undefined}
      className={`border-t border-slate-200 pt-4 dark:border-slate-800 ${isDisabled ? 'opacity-60' : ''}`}
    >
      <h2 id={id} className="text-sm font-semibold">
        {legend}
      </h2>
      {hint ? <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{hint}</p> : <div className="mb-2" />}
      {children}
    </section>
  )
}

function Check({ isSelected, onChange, isDisabled, hint, children }: {
  isSelected: boolean
  onChange: (v: boolean) => void
  isDisabled?: boolean
  hint?: string
  children: ReactNode
}) {
  return (
    <Checkbox isSelected={isSelected} onChange={onChange} isDisabled={isDisabled} className="group flex cursor-default items-start gap-2 text-sm outline-none">
      <span
        aria-hidden
        className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded border border-slate-400 group-data-[selected]:border-brand-600 group-data-[selected]:bg-brand-600 group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-brand-500 dark:border-slate-500"
      >
        <svg viewBox="0 0 18 18" className="size-3.5 fill-none stroke-white stroke-3 opacity-0 group-data-[selected]:opacity-100">
          <polyline points="2 9 7 14 16 4" />
        </svg>
      </span>
      <span>
        {children}
        {hint ? <span className="block text-xs text-slate-600 dark:text-slate-400">{hint}</span> : null}
      </span>
    </Checkbox>
  )
}

function OrderChoice({ filters, issues, onChange, isDisabled }: { filters: SearchFilters; issues: FilterIssue[]; onChange: FilterChange; isDisabled?: boolean }) {
  const { t, i18n } = useTranslation('search')
  const id = useId()
  const messages = issuesAt(issues, 'order').map((i) => issueMessage(i, i18n.language, t))
  const needsDate = !hasDateFilter(filters)
  const blocked = hasOrderBlockingFilters(filters)
  // Offered only when the API allows orderBy; an impossible "oldest" from the URL stays selectable so it can be undone.
  const unavailable = (needsDate || blocked) && filters.order === 'newest'
  const explanation = needsDate ? t('order.needsDate') : blocked ? t('order.onlyWithDates') : undefined
  return (
    <div>
      <RadioGroup
        aria-label={t('order.legend')}
        value={filters.order}
        onChange={(v) => onChange((f) => ({ ...f, order: v === 'oldest' ? 'oldest' : 'newest' }))}
        isDisabled={isDisabled || unavailable}
        isInvalid={messages.length > 0}
        aria-describedby={[explanation ? `${id}-why` : '', messages.length ? `${id}-issues` : ''].join(' ').trim() || undefined}
        className="space-y-1.5"
      >
        {(['newest', 'oldest'] as const).map((v) => (
          <Radio key={v} value={v} className="group flex cursor-default items-center gap-2 text-sm outline-none data-[disabled]:opacity-50">
            <span
              aria-hidden
              className="size-4 rounded-full border border-slate-400 group-data-[selected]:border-[5px] group-data-[selected]:border-brand-600 group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-brand-500 group-data-[invalid]:border-red-600 dark:border-slate-500"
            />
            {t(`order.${v}`)}
          </Radio>
        ))}
        {explanation ? (
          <Text slot="description" id={`${id}-why`} className="block text-xs text-slate-600 dark:text-slate-400">
            {explanation}
          </Text>
        ) : null}
      </RadioGroup>
      <FieldIssues id={`${id}-issues`} messages={messages} />
      {messages.length ? (
        <Button onPress={() => onChange((f) => ({ ...f, order: 'newest' }))} className="btn-secondary mt-2 min-h-9">
          {t('order.useNewest')}
        </Button>
      ) : null}
    </div>
  )
}

/** Each scope row is one line of text-sm with py-2 (36 px); the padding keeps the focus ring off the edges. */
const SCOPE_ROWS = { rowHeight: 36, padding: 4 }

const LOADING_ALBUMS = '__loading-albums'

function ScopeSelect({ filters, onChange, albums, onAlbumsWanted }: { filters: SearchFilters; onChange: FilterChange; albums: AlbumChoice[] | undefined; onAlbumsWanted: () => void }) {
  const { t } = useTranslation('search')
  const items: AlbumChoice[] = [{ id: LIBRARY, title: t('scope.library') }, ...(albums ?? [])]
  if (filters.albumId && !items.some((a) => a.id === filters.albumId))
    items.push({ id: filters.albumId, title: albums ? t('scope.unknownAlbum') : t('scope.loadingAlbums') })
  else if (!albums) items.push({ id: LOADING_ALBUMS, title: t('scope.loadingAlbums') })
  return (
    <Select
      value={filters.albumId ?? LIBRARY}
      disabledKeys={[LOADING_ALBUMS]}
      onOpenChange={(open) => open && onAlbumsWanted()}
      onChange={(key) => {
        if (key === null) return
        onChange((f) => (key === LIBRARY ? removePart(f, { type: 'album' }) : { ...f, albumId: String(key) }))
      }}
      className="block"
    >
      <Label className={labelClass}>{t('scope.label')}</Label>
      <Button onFocus={onAlbumsWanted} onHoverStart={onAlbumsWanted} className="flex min-h-10 w-full items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-start text-sm outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 dark:border-slate-600 dark:bg-slate-900">
        <FolderOpen aria-hidden className="size-4 shrink-0 text-slate-500" />
        <SelectValue className="flex-1 truncate" />
        <ChevronDown aria-hidden className="size-4 shrink-0 text-slate-500" />
      </Button>
      <Popover className="min-w-(--trigger-width) rounded-lg border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {/* Windowed: the albums come from the server, and a user can have thousands. */}
        <Virtualizer layout={ListLayout} layoutOptions={SCOPE_ROWS}>
          <ListBox items={items} className="max-h-80 overflow-auto outline-none">
            {(a) => (
              <ListBoxItem
                id={a.id}
                textValue={a.title}
                className="cursor-default truncate rounded-md px-3 py-2 text-sm outline-none data-[focused]:bg-brand-50 data-[selected]:font-semibold dark:data-[focused]:bg-slate-800"
              >
                {a.title}
              </ListBoxItem>
            )}
          </ListBox>
        </Virtualizer>
      </Popover>
    </Select>
  )
}
