// The upload page: where the files go (library, or an album at its start or end), a drop zone and file picker,
// and the queue with progress, errors and Retry. Files that arrive before the user said which album (dropped or
// chosen with "An album" and none picked) wait in the queue until the user sends them somewhere.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { CloudUpload, FolderOpen, Hourglass } from 'lucide-react'
import { UPLOAD_ACCEPT } from '../../api'
import { useAlbum, useAlbums } from '../../queries'
import { paths } from '../../config/paths'
import { PageHeader } from '../../components/ui/PageHeader'
import { summarize, type UploadDestination } from './queue'
import { uploadStore, useUploadQueue } from './store'
import { UploadDropTarget } from './UploadDropTarget'
import { UploadQueueList } from './UploadQueueList'
import { AddFromGooglePhotosButton } from './google-photos/AddFromGooglePhotos'
import { enqueue, useUploader } from './use-uploader'
import { useQuotaConfirmedAdd } from './use-quota-confirmed'
import { SHARED_PARAM, takeSharedFiles } from '../../utils/share-target'

export function UploadPage() {
  const { t } = useTranslation('upload')
  const { t: tc } = useTranslation()
  const id = useId()
  const [params, setParams] = useSearchParams()
  const albumId = params.get('album') ?? ''
  const [position, setPosition] = useState<'start' | 'end'>('end')
  const [mode, setMode] = useState<'library' | 'album'>(albumId ? 'album' : 'library')
  const albums = useAlbums()
  const chosen = useAlbum(albumId, { enabled: albumId !== '' })
  const writeable = useMemo(() => (albums.data?.pages.flatMap((p) => p.albums) ?? []).filter((a) => a.isWriteable !== false && a.id), [albums.data])
  const options = useMemo(() => {
    // The chosen album may be on a page not loaded yet: keep it in the list.
    if (albumId && chosen.data?.id && !writeable.some((a) => a.id === albumId)) return [chosen.data, ...writeable]
    return writeable
  }, [albumId, chosen.data, writeable])
  const chosenAlbum = options.find((a) => a.id === albumId)
  const albumTitle = chosenAlbum?.title
  // Only the owner places photos in a shared album; others add at its end.
  const canPlace = !chosenAlbum?.shareInfo || chosenAlbum.shareInfo.isOwned !== false
  const entries = useUploadQueue()
  const { add: addNow, start, retry } = useUploader()
  // Files with no destination yet wait in the queue; sending them sets where they go and starts them.
  const hold = useCallback((files: readonly File[]) => void enqueue(files, {}, 'waiting'), [])
  const sendNow = useCallback(
    (files: readonly File[], to: UploadDestination) => {
      const ids = uploadStore
        .getSnapshot()
        .filter((e) => e.status === 'waiting' && files.includes(e.file))
        .map((e) => e.id)
      uploadStore.dispatch({ type: 'send', ids, destination: to })
      void start(ids.flatMap((entryId) => uploadStore.get(entryId) ?? []))
    },
    [start],
  )
  const { addFiles: add, dialog: quotaQuestion } = useQuotaConfirmedAdd(addNow)
  const { addFiles: send, dialog: sendQuotaQuestion } = useQuotaConfirmedAdd(sendNow)
  const input = useRef<HTMLInputElement>(null)
  const s = summarize(entries)
  const hasFinished = entries.some((e) => e.status === 'done' || e.status === 'refused')

  // Photos shared to the installed app (Web Share Target): the service worker kept them; they go to the library.
  const sharedId = params.get(SHARED_PARAM)
  useEffect(() => {
    if (!sharedId || typeof caches === 'undefined') return
    // Taking removes them, so a second run (StrictMode, a reload) finds nothing and adds nothing twice.
    void takeSharedFiles(sharedId, { scope: new URL(import.meta.env.BASE_URL, window.location.origin).href, caches }).then((files) => {
      if (files.length) add(files, {})
    })
    setParams(
      (p) => {
        const next = new URLSearchParams(p)
        next.delete(SHARED_PARAM)
        return next
      },
      { replace: true },
    )
  }, [sharedId, add, setParams])

  const destination: UploadDestination = mode === 'album' && albumId ? { albumId, albumTitle, position: canPlace ? position : 'end' } : {}
  // "An album" with none picked: files wait in the queue rather than go somewhere the user did not choose.
  const ready = mode === 'library' || !!albumId
  const waitingFiles = entries.filter((e) => e.status === 'waiting').map((e) => e.file)
  const waitingNoteId = `${id}-waiting-note`

  const chooseAlbum = (next: string) => {
    const p = new URLSearchParams(params)
    if (next) p.set('album', next)
    else p.delete('album')
    setParams(p, { replace: true })
  }

  return (
    <div className="pb-8">
      <PageHeader title={tc('nav.upload')} subtitle={t('intro')} />
      <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 pt-2 sm:px-6">
        <fieldset className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-medium">{t('destination')}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-0">
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name={`${id}-dest`} checked={mode === 'library'} onChange={() => setMode('library')} className="size-4 accent-brand-600" />
              {t('toLibrary')}
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name={`${id}-dest`} checked={mode === 'album'} onChange={() => setMode('album')} className="size-4 accent-brand-600" />
              {t('toAlbum')}
            </label>
          </div>
          {mode === 'album' ? (
            <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-album`} className="text-sm font-medium">
                  {t('album')}
                </label>
                <select
                  id={`${id}-album`}
                  className="field"
                  value={albumId}
                  onChange={(e) => chooseAlbum(e.target.value)}
                  aria-describedby={waitingFiles.length && !albumId ? waitingNoteId : undefined}
                >
                  <option value="">{albums.isPending ? t('albumsLoading') : t('chooseAlbum')}</option>
                  {options.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.title}
                    </option>
                  ))}
                </select>
                {albums.data && options.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('noAlbums')}</p> : null}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-pos`} className="text-sm font-medium">
                  {t('position')}
                </label>
                <select
                  id={`${id}-pos`}
                  className="field"
                  value={canPlace ? position : 'end'}
                  disabled={!canPlace}
                  aria-describedby={canPlace ? undefined : `${id}-pos-note`}
                  onChange={(e) => setPosition(e.target.value === 'start' ? 'start' : 'end')}
                >
                  <option value="end">{t('atEnd')}</option>
                  <option value="start">{t('atStart')}</option>
                </select>
                {canPlace ? null : (
                  <p id={`${id}-pos-note`} className="text-sm text-slate-600 dark:text-slate-400">
                    {t('placeEndOnly')}
                  </p>
                )}
              </div>
            </div>
          ) : null}
        </fieldset>

        {/* Right under the album picker it asks for, so a phone shows it without scrolling. */}
        {waitingFiles.length > 0 ? (
          <section
            aria-labelledby={`${id}-waiting`}
            className="flex flex-col gap-3 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-400/40 dark:bg-amber-400/10 dark:text-amber-50"
          >
            <h2 id={`${id}-waiting`} className="flex items-center gap-2 font-semibold">
              <Hourglass className="size-5 shrink-0" aria-hidden />
              {t('waiting.title', { count: waitingFiles.length })}
            </h2>
            <p id={waitingNoteId} className="text-sm">
              {mode === 'album' && !albumId ? t('waiting.pickAlbum') : t('waiting.notYet')}
            </p>
            <div className="flex flex-wrap gap-2">
              {mode === 'album' && albumId ? (
                <button type="button" className="btn-primary max-w-full" onClick={() => send(waitingFiles, destination)}>
                  {/* A long album title is cut, not pushed past the screen's edge. */}
                  <span className="truncate">{t('waiting.toAlbum', { album: albumTitle ?? '' })}</span>
                </button>
              ) : null}
              <button type="button" className={mode === 'library' ? 'btn-primary' : 'btn-secondary'} onClick={() => send(waitingFiles, {})}>
                {t('waiting.toLibrary')}
              </button>
            </div>
          </section>
        ) : null}

        <div className="flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
          <CloudUpload className="size-12 text-brand-600 dark:text-brand-100" aria-hidden />
          {/* Phones and tablets have nothing to drag from: they get the button's own words. */}
          <p className="text-lg font-medium max-sm:hidden pointer-coarse:hidden">{t('dropTitle')}</p>
          <p className="text-sm text-slate-600 max-sm:hidden pointer-coarse:hidden dark:text-slate-400">{t('dropOr')}</p>
          <p className="hidden text-lg font-medium max-sm:block pointer-coarse:block">{t('chooseTitle')}</p>
          <input
            ref={input}
            id={`${id}-files`}
            type="file"
            multiple
            accept={`${UPLOAD_ACCEPT},image/*,video/*`}
            className="sr-only"
            tabIndex={-1}
            aria-hidden
            onChange={(e) => {
              const files = [...(e.target.files ?? [])]
              if (files.length && ready) add(files, destination)
              else if (files.length) hold(files)
              e.target.value = ''
            }}
          />
          <div className="flex flex-wrap items-center justify-center gap-2">
            <button type="button" className="btn-primary" onClick={() => input.current?.click()}>
              <FolderOpen className="size-4" aria-hidden />
              {t('choose')}
            </button>
            <AddFromGooglePhotosButton albumId={mode === 'album' && albumId ? albumId : undefined} albumTitle={albumTitle} />
          </div>
          <p className="max-w-md text-xs text-slate-500 dark:text-slate-400">{t('formats')}</p>
        </div>

        {entries.length > 0 ? (
          <section aria-labelledby={`${id}-queue`} className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id={`${id}-queue`} className="text-lg font-semibold">
                {t('queue')}
              </h2>
              <p className="flex-1 text-sm text-slate-600 dark:text-slate-400" role="status">
                {s.total ? t('summary', { done: s.done, total: s.total }) : null}
                {s.failed ? ` · ${t('summaryFailed', { count: s.failed })}` : ''}
              </p>
              {hasFinished ? (
                <button type="button" className="btn-ghost" onClick={() => uploadStore.dispatch({ type: 'clearFinished' })}>
                  {t('clearFinished')}
                </button>
              ) : null}
            </div>
            <UploadQueueList entries={entries} onRetry={retry} onDismiss={(entryId) => uploadStore.dispatch({ type: 'dismiss', id: entryId })} />
            {s.done > 0 && !s.active ? (
              <Link className="btn-secondary self-start" to={destination.albumId ? paths.album(destination.albumId) : paths.library()}>
                {destination.albumId ? t('openAlbum') : t('openLibrary')}
              </Link>
            ) : null}
          </section>
        ) : null}
      </div>
      <UploadDropTarget destination={ready ? destination : null} onHold={hold} />
      {quotaQuestion}
      {sendQuotaQuestion}
    </div>
  )
}
