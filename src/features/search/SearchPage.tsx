// The search view: the filter form (a side panel on wide screens, a sheet on phones), the active filters, and
// the results grid. The URL holds the filters; this page only reads it and writes it.
import { getLocalTimeZone, today as todayIn } from '@internationalized/date'
import { Download, FolderPlus, SearchX, SlidersHorizontal } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { paths } from '../../config/paths'
import { AppDialog } from '../../components/ui/Dialog'
import { PageHeader } from '../../components/ui/PageHeader'
import { EmptyState, ErrorState, Spinner } from '../../components/ui/StateViews'
import { useAlbums } from '../../queries'
import { DownloadProgress, GridSkeleton, MediaGrid, SelectionBar, useGridPage } from '../../components/media-grid'
import { ActiveFilters } from './ActiveFilters'
import { AddToAlbum } from './AddToAlbum'
import { FilterForm, type AlbumChoice, type FilterChange } from './form/FilterForm'
import { activeParts } from './model'
import type { Today } from './presets'
import { toSearchRequest } from './request'
import { filtersFromParams, filtersToSearch } from './url'
import { useSearchResults } from './use-search-results'
import { validateFilters } from './validate'

/** How long typing in a date must pause before the search follows. */
const TYPING_PAUSE_MS = 450

/** Edits of one field within this time replace the last history entry (typing a date is one step back). */
const COALESCE_MS = 1500

/** The albums to search in or add to, asked for only once `wanted` (the page itself asks nothing before a filter). */
function useAlbumChoices(wanted: boolean): AlbumChoice[] | undefined {
  const albums = useAlbums({ enabled: wanted })
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = albums
  useEffect(() => {
    if (wanted && hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [wanted, hasNextPage, isFetchingNextPage, fetchNextPage])
  return useMemo(
    () => albums.data?.pages.flatMap((p) => p.albums).flatMap((a) => (a.id ? [{ id: a.id, title: a.title ?? '', writable: !!a.isWriteable }] : [])),
    [albums.data],
  )
}

export function SearchPage() {
  const { t } = useTranslation('search')
  const { t: tc } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const search = location.search
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(search)), [search])
  const issues = useMemo(() => validateFilters(filters), [filters])
  // Nothing is asked until a filter is chosen: an unfiltered search would only repeat the library.
  const nothingChosen = activeParts(filters).length === 0
  const request = useMemo(() => (issues.length || nothingChosen ? null : toSearchRequest(filters)), [filters, issues, nothingChosen])
  const [today] = useState<Today>(() => {
    const d = todayIn(getLocalTimeZone())
    return { year: d.year, month: d.month, day: d.day }
  })

  const searchPath = paths.search()
  const lastEdit = useRef<{ field?: string; at: number }>({ at: 0 })

  // The last request that could be sent: while the form holds something the API would refuse, its results stay.
  // While a date is being typed (year 2, 20, 201, 2018…) the request waits for a pause instead of following each key.
  const requestKey = JSON.stringify(request)
  const [sent, setSent] = useState({ key: requestKey, request })
  useEffect(() => {
    if (!request || requestKey === sent.key) return
    const typing = lastEdit.current.field !== undefined && Date.now() - lastEdit.current.at < TYPING_PAUSE_MS
    const timer = setTimeout(() => setSent({ key: requestKey, request }), typing ? TYPING_PAUSE_MS : 0)
    return () => clearTimeout(timer)
  }, [request, requestKey, sent.key])
  // The filters as last written (the URL, and so `filters`, catches up a moment later).
  const latest = useRef(filters)
  useEffect(() => {
    latest.current = filters
  }, [filters])
  const onChange = useCallback<FilterChange>(
    (update, options) => {
      const next = typeof update === 'function' ? update(latest.current) : update
      latest.current = next
      const now = Date.now()
      const field = options?.coalesce
      const replace = !!field && lastEdit.current.field === field && now - lastEdit.current.at < COALESCE_MS
      lastEdit.current = { field, at: now }
      void navigate({ pathname: searchPath, search: filtersToSearch(next) }, { replace, preventScrollReset: true })
    },
    [navigate, searchPath],
  )

  const [albumsAsked, setAlbumsAsked] = useState(false)
  const [addOpen, setAddOpen] = useState(false)
  const albums = useAlbumChoices(albumsAsked || addOpen || !!filters.albumId)
  const albumTitle = filters.albumId ? albums?.find((a) => a.id === filters.albumId)?.title : undefined
  const results = useSearchResults(sent.request)
  const canonical = filtersToSearch(filters)
  // The nested viewer route (/search/photo/:itemId) steps through the same results, in the same order.
  const grid = useGridPage(results, {
    itemPath: (itemId) => paths.searchItem(itemId, canonical),
    path: paths.search(canonical),
    zipName: `${t('title')}.zip`,
  })
  const { items, selection, dispatch, downloads } = grid
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [added, setAdded] = useState<{ title: string; count: number } | null>(null)

  // A new search starts with nothing selected.
  useEffect(() => dispatch({ type: 'clear' }), [dispatch, sent.key])

  const activeCount = activeParts(filters).length
  const updating = !results.isError && (results.isPlaceholderData || (results.isFetching && !results.isFetchingNextPage && !results.isPending))
  const form = <FilterForm filters={filters} issues={issues} onChange={onChange} today={today} albums={albums} onAlbumsWanted={() => setAlbumsAsked(true)} />

  let body: React.ReactNode
  if (nothingChosen) {
    body = <p className="text-sm text-slate-600 dark:text-slate-400">{t('results.pickFilter')}</p>
  } else if (!sent.request) {
    body = null
  } else if (results.isError && (!results.data || results.isPlaceholderData)) {
    body = <ErrorState error={results.error} title={t('results.error')} onRetry={() => void results.refetch()} retrying={results.isFetching} />
  } else if (results.data) {
    body = items.length ? (
      <MediaGrid
        {...grid.gridProps}
        label={t('results.label')}
        className={`min-h-0 flex-1 transition-opacity ${updating ? 'opacity-60' : ''}`}
      />
    ) : activeCount && !results.isPlaceholderData ? (
      <NoResults filters={filters} onChange={onChange} albumTitle={albumTitle} />
    ) : !results.isPlaceholderData ? (
      <EmptyState icon={SearchX} title={t('empty.title')} body={t('empty.library')} />
    ) : null
  } else {
    body = <GridSkeleton headers={false} />
  }

  const total = items.length
  const noResults = !!results.data && !total && !results.isPlaceholderData && !!sent.request
  return (
    <div className="flex h-[calc(100dvh-3.5rem-6rem)] flex-col md:h-[calc(100dvh-3.5rem-2rem)]">
      {selection.ids.size ? (
        <SelectionBar count={selection.ids.size} onClear={grid.clearSelection} onSelectAll={grid.selectAll} allSelected={grid.allSelected}>
          <button type="button" className="btn-ghost" onClick={downloads.downloadSelected}>
            <Download aria-hidden className="size-5" />
            <span className="max-sm:sr-only">{tc('selection.download')}</span>
          </button>
          <button type="button" className="btn-primary" onClick={() => setAddOpen(true)}>
            <FolderPlus aria-hidden className="size-4" />
            {t('addToAlbum.button')}
          </button>
        </SelectionBar>
      ) : (
        <PageHeader
          title={t('title')}
          subtitle={t('subtitle')}
          actions={
            <button type="button" className="btn-secondary lg:hidden" onClick={() => setFiltersOpen(true)}>
              <SlidersHorizontal aria-hidden className="size-4" />
              {activeCount ? t('openFiltersCount', { count: activeCount }) : t('openFilters')}
            </button>
          }
        />
      )}
      <div className="flex min-h-0 flex-1">
        <div className="hidden w-[23rem] shrink-0 overflow-y-auto border-e border-slate-200 px-4 pb-8 sm:px-6 lg:block dark:border-slate-800">
          {form}
        </div>
        <section aria-label={t('results.label')} className="flex min-w-0 flex-1 flex-col gap-3 px-4 pt-2 sm:px-6">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              {updating ? (
                <>
                  <Spinner className="size-4" />
                  {t('results.updating')}
                </>
              ) : results.data && sent.request && !nothingChosen ? (
                results.hasNextPage ? (
                  t('results.countMore', { count: total })
                ) : (
                  t('results.count', { count: total })
                )
              ) : null}
            </p>
            {added && !selection.ids.size ? (
              <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
                {t('addToAlbum.done', { count: added.count, title: added.title })}
              </p>
            ) : null}
          </div>
          {activeCount && !noResults ? (
            <div className="flex flex-wrap items-center gap-2">
              <ActiveFilters filters={filters} onChange={onChange} albumTitle={albumTitle} />
              <button type="button" className="btn-ghost min-h-8 px-3 text-xs max-sm:min-h-11" onClick={() => onChange(clearAll)}>
                {t('active.clearAll')}
              </button>
            </div>
          ) : null}
          {issues.length ? (
            <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
              <span className="hidden lg:inline">{sent.request ? t('notSent') : t('notSentNothing')}</span>
              <span className="lg:hidden">
                {t('notSentPhone')}{' '}
                <button type="button" className="font-semibold underline underline-offset-2" onClick={() => setFiltersOpen(true)}>
                  {t('openFilters')}
                </button>
              </span>
            </p>
          ) : null}
          <DownloadProgress state={downloads.state} onCancel={downloads.cancel} />
          {body}
        </section>
      </div>
      <AppDialog
        isOpen={filtersOpen}
        onOpenChange={setFiltersOpen}
        title={t('filters')}
        size="xl"
        footer={
          <button type="button" className="btn-primary" onClick={() => setFiltersOpen(false)}>
            {t('showResults')}
          </button>
        }
      >
        <div className="px-4 pb-6">{form}</div>
      </AppDialog>
      {addOpen ? (
        <AddToAlbum
          ids={[...selection.ids]}
          items={items}
          albums={albums}
          onClose={(done) => {
            setAddOpen(false)
            if (done) {
              dispatch({ type: 'clear' })
              setAdded(done)
            }
          }}
        />
      ) : null}
      {grid.viewerOutlet}
    </div>
  )
}

const clearAll = filtersFromParams(new URLSearchParams())

function NoResults({ filters, onChange, albumTitle }: { filters: Parameters<typeof ActiveFilters>[0]['filters']; onChange: FilterChange; albumTitle?: string }) {
  const { t } = useTranslation('search')
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 px-4 py-12 text-center">
      <div className="rounded-full bg-brand-50 p-5 dark:bg-brand-700/20">
        <SearchX aria-hidden className="size-10 text-brand-600 dark:text-brand-100" />
      </div>
      <h2 className="text-lg font-semibold">{t('empty.title')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('empty.body')}</p>
      <ActiveFilters filters={filters} onChange={onChange} albumTitle={albumTitle} large />
      <button type="button" className="btn-secondary mt-2" onClick={() => onChange(clearAll)}>
        {t('empty.clearAll')}
      </button>
    </div>
  )
}
