// The one hook behind every grid page (library, album, shared album, search): the loaded pages as one list,
// loading more, the selection, the typed hand-off to the viewer nested over the grid (and focus back on the
// photo last shown when it closes), and saving the selection's originals.
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react'
import { useNavigate, useOutlet } from 'react-router'
import type { MediaItem } from '../../api'
import type { MediaGridHandle, MediaGridProps } from './MediaGrid'
import { allSelected, emptySelection, selectionReducer } from './selection'
import { useSaveOriginals } from './use-save-originals'
import { fromGridState, type ViewerHandOff } from './viewer-hand-off'

/** The part of an infinite media query (library, album contents, search) a grid page reads. */
export interface PagedMedia {
  data?: { pages: readonly { mediaItems: readonly MediaItem[] }[] }
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => Promise<unknown>
}

export interface GridPageOptions {
  /** The viewer's path for an item of this grid. */
  itemPath: (itemId: string) => string
  /** The grid page's own path. */
  path: string
  /** The zip's file name when several items are downloaded. */
  zipName: string
  showContributor?: boolean
}

export function useGridPage(query: PagedMedia, { itemPath, path, zipName, showContributor = false }: GridPageOptions) {
  const navigate = useNavigate()
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.mediaItems) ?? [], [query.data])
  const ids = useMemo(() => items.flatMap((m) => (m.id ? [m.id] : [])), [items])
  const [selection, dispatch] = useReducer(selectionReducer, emptySelection)
  // Items that left the list (removed, a new search) leave the selection too.
  useEffect(() => dispatch({ type: 'retain', ids: new Set(ids) }), [ids])
  const selected = useMemo(() => items.filter((m) => m.id && selection.ids.has(m.id)), [items, selection.ids])

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [fetchNextPage, hasNextPage, isFetchingNextPage])

  // Pages may pass a new itemPath function on every render; the hand-off keeps one stable function.
  const latestItemPath = useRef(itemPath)
  useEffect(() => {
    latestItemPath.current = itemPath
  }, [itemPath])
  const pathFor = useCallback((itemId: string) => latestItemPath.current(itemId), [])

  const handle = useRef<MediaGridHandle>(null)
  const open = useCallback(
    (item: MediaItem) => {
      if (item.id) void navigate(pathFor(item.id), { state: fromGridState })
    },
    [navigate, pathFor],
  )

  // Focus after the viewer: the grid keeps the cell of the photo shown last as its tab stop (and on screen)
  // while the viewer steps, and focuses it in the same commit that removes the viewer, before the dialog's own
  // focus restore (which only acts when focus was lost to the page body) could run.
  const returnTarget = useRef<string | null>(null)
  const onShow = useCallback((itemId: string) => {
    returnTarget.current = itemId
    handle.current?.setReturnTarget(itemId)
  }, [])
  const viewer = useMemo<ViewerHandOff>(
    () => ({ items, hasMore: hasNextPage, loadMore, pathFor, closePath: path, onShow, showContributor }),
    [hasNextPage, items, loadMore, onShow, path, pathFor, showContributor],
  )
  const viewerOutlet = useOutlet(viewer)
  const viewerOpen = viewerOutlet !== null
  const wasOpen = useRef(viewerOpen)
  useLayoutEffect(() => {
    if (wasOpen.current && !viewerOpen && returnTarget.current) handle.current?.focusItem(returnTarget.current)
    wasOpen.current = viewerOpen
  }, [viewerOpen])

  const saver = useSaveOriginals(zipName)
  const { save } = saver
  const clear = useCallback(() => dispatch({ type: 'clear' }), [])
  const downloadSelected = useCallback(() => {
    save(selected)
    clear()
  }, [clear, save, selected])

  const gridProps = {
    handle,
    items,
    selection: { state: selection, dispatch },
    onOpen: open,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    onLoadMore: loadMore,
  } satisfies Partial<MediaGridProps>

  return {
    items,
    /** Ids of the loaded items, in order. */
    ids,
    selection,
    dispatch,
    selected,
    clearSelection: clear,
    selectAll: useCallback(() => dispatch({ type: 'selectAll', order: ids }), [ids]),
    allSelected: allSelected(selection, ids),
    loadMore,
    gridProps,
    /** Render where the page's nested viewer route belongs. */
    viewerOutlet,
    /** Saving originals: the selection (one file, or one zip of several), its progress, Cancel. */
    downloads: { ...saver, downloadSelected },
  }
}
