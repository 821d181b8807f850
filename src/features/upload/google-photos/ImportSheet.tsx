// The sheet of "Add from Google Photos": it follows the flow from Google's picker window to the import into the
// library or an album. Loaded when the button is first pressed, so the pages' first render carries no dialog code.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AlertTriangle, CheckCircle2, CloudDownload, HardDrive, Images } from 'lucide-react'
import { albumTitleProblem, type Album, type PickedMediaItem } from '../../../api'
import { useAlbums } from '../../../queries'
import { AppDialog } from '../../../components/ui/Dialog'
import { Spinner } from '../../../components/ui/StateViews'
import { VirtualScrollList } from '../../../components/ui/VirtualList'
import { uploadStore, useUploadQueue } from '../store'
import { UploadQueueList } from '../UploadQueueList'
import { MoreAlbums } from '../MoreAlbums'
import { useUploader } from '../use-uploader'
import {
  useGooglePhotosImport,
  type ImportDestination,
  type PickedRow,
  type PickerProblemKind,
} from './use-google-photos-import'
import type { ImportStart } from './picker-window'

type ThumbnailOf = ReturnType<typeof useGooglePhotosImport>['thumbnailOf']

const CLOUD_CONSOLE_PICKER = 'https://console.cloud.google.com/apis/library/photospicker.googleapis.com'

/** Follows the flow a press of the button started (`start`); a later press (Try again) hands in a new start. */
function useStartedFlow(start: ImportStart) {
  const flow = useGooglePhotosImport()
  const latest = useRef(flow)
  useEffect(() => {
    latest.current = flow
  })
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const handled = useRef(0)
  useEffect(() => {
    if (handled.current === start.id) return
    handled.current = start.id
    if (start.kind === 'pick') {
      void latest.current.pickIn(start.window)
      return
    }
    latest.current.startConsent()
    void start.granted.then((granted) => {
      // Not if the sheet closed or a later press took over meanwhile.
      if (!mounted.current || handled.current !== start.id) return
      if (granted) latest.current.consentGranted()
      else latest.current.consentDeclined()
    })
  }, [start])
  return flow
}

export function ImportSheetDialog({
  start,
  onRetry,
  onClose,
  albumId,
  albumTitle,
}: {
  start: ImportStart
  /** Starts again, in a click (it may open a window). */
  onRetry: () => void
  onClose: () => void
  albumId?: string
  albumTitle?: string
}) {
  const { t } = useTranslation('upload')
  const flow = useStartedFlow(start)
  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      title={t('googlePhotos.title')}
      size={flow.phase.kind === 'review' ? 'xl' : 'md'}
      isDismissable={flow.phase.kind !== 'importing'}
    >
      <Sheet flow={flow} onRetry={onRetry} onClose={onClose} albumId={albumId} albumTitle={albumTitle} />
    </AppDialog>
  )
}

function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="flex items-center gap-3 p-4">
      <Spinner className="size-5 shrink-0" />
      <span>{children}</span>
    </p>
  )
}

function Sheet({
  flow,
  onRetry,
  onClose,
  albumId,
  albumTitle,
}: {
  flow: ReturnType<typeof useGooglePhotosImport>
  onRetry: () => void
  onClose: () => void
  albumId?: string
  albumTitle?: string
}) {
  const { t } = useTranslation('upload')
  const { phase } = flow
  switch (phase.kind) {
    case 'idle':
      return null
    case 'consent':
      return <Status>{t('googlePhotos.consent')}</Status>
    case 'ready':
      return (
        <div className="flex flex-col gap-4 p-4">
          <p role="status">{t('googlePhotos.ready')}</p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={onClose}>
              {t('googlePhotos.cancel')}
            </button>
            <button type="button" className="btn-primary" onClick={onRetry}>
              <Images className="size-4" aria-hidden />
              {t('googlePhotos.openWindow')}
            </button>
          </div>
        </div>
      )
    case 'waiting':
      // The window closed before Done: most likely the user left it, but picking may go on in the Google Photos app.
      if (phase.windowClosed)
        return (
          <Problem problem="closed" onRetry={onRetry} onClose={onClose}>
            <p className="text-sm text-slate-600 dark:text-slate-300">{t('googlePhotos.stillPicking')}</p>
          </Problem>
        )
      return (
        <div className="flex flex-col gap-4 p-4">
          <Status>{t('googlePhotos.waiting')}</Status>
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={onClose}>
              {t('googlePhotos.cancel')}
            </button>
          </div>
        </div>
      )
    case 'loading':
      return <Status>{t('googlePhotos.loading')}</Status>
    case 'review':
      return <Review rows={phase.rows} thumbnailOf={flow.thumbnailOf} albumId={albumId} albumTitle={albumTitle} onImport={(d) => void flow.importRows(phase.rows, d)} onCancel={onClose} />
    case 'importing':
      return <Status>{t('googlePhotos.downloading', { done: phase.downloaded, total: phase.total })}</Status>
    case 'imported':
      return <Imported entryIds={phase.entryIds} reused={phase.reused} toAlbum={!!phase.albumId} onClose={onClose} />
    case 'error':
      return <Problem problem={phase.problem} detail={phase.detail} activationUrl={phase.activationUrl} onRetry={onRetry} onClose={onClose} />
  }
}

function Thumb({ item, thumbnailOf }: { item: PickedMediaItem; thumbnailOf: ThumbnailOf }) {
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    let shown = true
    void thumbnailOf(item).then((u) => shown && setUrl(u))
    return () => {
      shown = false
    }
  }, [item, thumbnailOf])
  return url ? (
    // A blob URL of bytes fetched with the token: Picker baseUrls never go into an <img src>.
    <img src={url} alt="" className="size-full object-cover" />
  ) : (
    <span className="flex size-full items-center justify-center">
      <Images className="size-6 text-slate-400" aria-hidden />
    </span>
  )
}

function Review({
  rows,
  thumbnailOf,
  albumId,
  albumTitle,
  onImport,
  onCancel,
}: {
  rows: PickedRow[]
  thumbnailOf: ThumbnailOf
  albumId?: string
  albumTitle?: string
  onImport: (destination: ImportDestination) => void
  onCancel: () => void
}) {
  const { t } = useTranslation('upload')
  const id = useId()
  const albums = useAlbums()
  const writable = useMemo(() => (albums.data?.pages.flatMap((p) => p.albums) ?? []).filter((a: Album) => a.isWriteable && a.id), [albums.data])
  const [kind, setKind] = useState<ImportDestination['kind']>(albumId ? 'album' : 'library')
  const [chosenAlbum, setChosenAlbum] = useState(albumId ?? '')
  const [title, setTitle] = useState('')
  const [touched, setTouched] = useState(false)
  const titleProblem = kind === 'new-album' ? albumTitleProblem(title) : undefined
  const options = albumId && !writable.some((a) => a.id === albumId) ? [{ id: albumId, title: albumTitle }, ...writable] : writable
  const fresh = rows.filter((r) => !r.existing && !r.notReady).length
  const reused = rows.filter((r) => r.existing).length
  const waiting = rows.filter((r) => r.notReady).length

  const submit = () => {
    setTouched(true)
    if (kind === 'library') onImport({ kind: 'library' })
    else if (kind === 'album' && chosenAlbum) onImport({ kind: 'album', albumId: chosenAlbum, title: options.find((a) => a.id === chosenAlbum)?.title })
    else if (kind === 'new-album' && !titleProblem) onImport({ kind: 'new-album', title: title.trim() })
  }
  const nothing = fresh === 0 && (reused === 0 || kind === 'library')

  return (
    <form
      className="flex flex-col gap-4 p-4"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <p>{t('googlePhotos.picked', { count: rows.length })}</p>
      {/* Windowed: up to 2 000 photos can be picked, and each thumbnail is fetched when its row first shows. */}
      <VirtualScrollList
        className="max-h-[50vh] rounded-lg"
        scrollsByKeyboard
        label={t('googlePhotos.pickedList')}
        items={rows}
        getKey={(row) => row.item.id}
        minColumnWidth={96}
        columnGap={8}
        rowGap={8}
        estimateRowHeight={150}
        renderItem={(row) => (
          <div className="flex flex-col gap-1 text-xs">
            <span className="aspect-square overflow-hidden rounded-lg bg-slate-200 dark:bg-slate-800">
              <Thumb item={row.item} thumbnailOf={thumbnailOf} />
            </span>
            <span className="truncate" dir="auto">
              {row.item.mediaFile?.filename ?? row.item.id}
            </span>
            {row.existing ? (
              <span className="flex items-center gap-1 text-emerald-700 dark:text-emerald-300">
                <CheckCircle2 className="size-3.5 shrink-0" aria-hidden />
                {t('googlePhotos.alreadyInLibrary')}
              </span>
            ) : row.notReady ? (
              <span className="text-amber-700 dark:text-amber-300">{t('googlePhotos.notReady')}</span>
            ) : null}
          </div>
        )}
      />

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t('googlePhotos.destination')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" className="size-4 accent-brand-600" name={`${id}-dest`} checked={kind === 'library'} onChange={() => setKind('library')} />
          {t('googlePhotos.toLibrary')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" className="size-4 accent-brand-600" name={`${id}-dest`} checked={kind === 'album'} onChange={() => setKind('album')} disabled={options.length === 0 && !albums.hasNextPage} />
          {t('googlePhotos.toAlbum')}
        </label>
        {kind === 'album' ? (
          <select className="field ms-6" aria-label={t('googlePhotos.chooseAlbum')} value={chosenAlbum} onChange={(e) => setChosenAlbum(e.target.value)}>
            <option value="" disabled>
              {t('googlePhotos.chooseAlbum')}
            </option>
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title || t('googlePhotos.untitled')}
              </option>
            ))}
          </select>
        ) : null}
        {kind === 'album' ? <MoreAlbums albums={albums} className="ms-6" /> : null}
        <label className="flex items-center gap-2">
          <input type="radio" className="size-4 accent-brand-600" name={`${id}-dest`} checked={kind === 'new-album'} onChange={() => setKind('new-album')} />
          {t('googlePhotos.toNewAlbum')}
        </label>
        {kind === 'new-album' ? (
          <div className="ms-6 flex flex-col gap-1">
            <input
              className="field"
              dir="auto"
              aria-label={t('googlePhotos.newAlbumTitle')}
              placeholder={t('googlePhotos.newAlbumTitle')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={touched && !!titleProblem}
              aria-describedby={touched && titleProblem ? `${id}-title-error` : undefined}
            />
            {touched && titleProblem ? (
              <p id={`${id}-title-error`} className="text-sm text-red-700 dark:text-red-300">
                {titleProblem.kind === 'empty' ? t('googlePhotos.titleEmpty') : t('googlePhotos.titleTooLong', { count: titleProblem.over })}
              </p>
            ) : null}
          </div>
        ) : null}
      </fieldset>

      <p className="flex items-start gap-2 rounded-lg bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100">
        <HardDrive className="mt-0.5 size-4 shrink-0" aria-hidden />
        {t('googlePhotos.storageNote')}
      </p>
      {reused > 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('googlePhotos.reuseNote', { count: reused })}</p> : null}
      {waiting > 0 ? <p className="text-sm text-amber-800 dark:text-amber-200">{t('googlePhotos.notReadyNote', { count: waiting })}</p> : null}

      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t('googlePhotos.cancel')}
        </button>
        <button type="submit" className="btn-primary" disabled={nothing || (kind === 'album' && !chosenAlbum)}>
          <CloudDownload className="size-4" aria-hidden />
          {fresh > 0 ? t('googlePhotos.import', { count: fresh }) : t('googlePhotos.addExisting', { count: reused })}
        </button>
      </div>
    </form>
  )
}

function Imported({ entryIds, reused, toAlbum, onClose }: { entryIds: string[]; reused: number; toAlbum: boolean; onClose: () => void }) {
  const { t } = useTranslation('upload')
  const queue = useUploadQueue()
  const { retry } = useUploader()
  const entries = queue.filter((e) => entryIds.includes(e.id))
  const done = entries.filter((e) => e.status === 'done').length
  return (
    <div className="flex flex-col gap-3 p-4">
      <p role="status">
        {entries.length > 0 ? t('googlePhotos.importing', { done, total: entries.length }) : null}{' '}
        {reused > 0 ? (toAlbum ? t('googlePhotos.reusedToAlbum', { count: reused }) : t('googlePhotos.reusedInLibrary', { count: reused })) : null}
      </p>
      {entries.length > 0 ? <UploadQueueList entries={entries} onRetry={retry} onDismiss={(id) => uploadStore.dispatch({ type: 'dismiss', id })} /> : null}
      <div className="flex justify-end">
        <button type="button" className="btn-primary" onClick={onClose}>
          {t('googlePhotos.done')}
        </button>
      </div>
    </div>
  )
}

function Problem({
  problem,
  detail,
  activationUrl,
  onRetry,
  onClose,
  children,
}: {
  problem: PickerProblemKind
  detail?: string
  activationUrl?: string
  onRetry: () => void
  onClose: () => void
  /** More to say below the alert. */
  children?: ReactNode
}) {
  const { t } = useTranslation('upload')
  return (
    <div className="flex flex-col gap-3 p-4">
      <div role="alert" className="flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        <div className="flex flex-col gap-1">
          <p>{t(`googlePhotos.problem.${problem}`)}</p>
          {problem === 'api-disabled' ? (
            <p>
              <a className="underline" href={activationUrl ?? CLOUD_CONSOLE_PICKER} target="_blank" rel="noreferrer">
                {t('googlePhotos.openConsole')}
              </a>
            </p>
          ) : null}
          {detail && (problem === 'generic' || problem === 'api-disabled') ? <p className="text-xs opacity-80">{detail}</p> : null}
        </div>
      </div>
      {children}
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className="btn-secondary" onClick={onClose}>
          {t('googlePhotos.close')}
        </button>
        {problem === 'api-disabled' || problem === 'download-blocked' ? null : (
          <button type="button" className="btn-primary" onClick={onRetry}>
            {problem === 'popup-blocked' ? t('googlePhotos.openWindow') : problem === 'scope-declined' ? t('googlePhotos.askAgain') : t('googlePhotos.tryAgain')}
          </button>
        )}
      </div>
    </div>
  )
}
