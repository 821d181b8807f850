// Drag-and-drop anywhere in the app. While files are dragged over the window a full-screen target says where
// they will go; dropping starts the upload. Pages that choose a destination (the library, the upload page)
// mount UploadDropTarget; everywhere else the shell's AnywhereDropTarget sends the files to the library and
// opens the upload page to show them. Drags of anything but files (text, links, a photo inside the page) pass.
// The code that uploads (and may ask about the day's quota first) loads when a drag of files starts: it is not
// part of the first screen, and it has arrived long before the files are dropped.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { CloudUpload } from 'lucide-react'
import { loadNamespaces } from '../../i18n'
import { paths } from '../../config/paths'
import type { UploadDestination } from './queue'
import type { DropUploaderProps } from './DropUploader'

const DropUploader = lazy(() => import('./DropUploader').then((m) => ({ default: m.DropUploader })))

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files')

/** How many page-level targets are mounted: the shell's target stands aside while one is. */
let pageTargets = 0

/** Shows `over` while files are dragged over the window and hands the dropped files to `onDrop`. */
function useFileDrop(onDrop: (files: File[]) => void, isActive: () => boolean = () => true) {
  const [over, setOver] = useState(false)
  /** Files have been dragged over this page at least once. */
  const [dragged, setDragged] = useState(false)
  const depth = useRef(0)
  const latest = useRef({ onDrop, isActive })
  useEffect(() => {
    latest.current = { onDrop, isActive }
  })

  useEffect(() => {
    const wanted = (e: DragEvent) => hasFiles(e) && latest.current.isActive()
    const enter = (e: DragEvent) => {
      if (!wanted(e)) return
      e.preventDefault()
      depth.current += 1
      setOver(true)
      setDragged(true)
    }
    const overFn = (e: DragEvent) => {
      if (!wanted(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!wanted(e)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    const drop = (e: DragEvent) => {
      if (!wanted(e)) return
      // Never let the browser open the file in place of the app.
      e.preventDefault()
      depth.current = 0
      setOver(false)
      const files = [...(e.dataTransfer?.files ?? [])]
      if (files.length) latest.current.onDrop(files)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', overFn)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', overFn)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])
  return { over, dragged }
}

/**
 * Hands dropped files to the upload code, which loads on the first drag (LoadedUploader); files dropped before
 * it has arrived wait for it here.
 */
function useDropUploads() {
  const upload = useRef<((files: readonly File[], destination: UploadDestination) => void) | null>(null)
  const waiting = useRef<{ files: readonly File[]; destination: UploadDestination }[]>([])
  const send = useCallback((files: readonly File[], destination: UploadDestination) => {
    if (upload.current) upload.current(files, destination)
    else waiting.current.push({ files, destination })
  }, [])
  const uploaderProps = useMemo<DropUploaderProps>(
    () => ({
      onReady(add) {
        upload.current = add
        for (const batch of waiting.current.splice(0)) add(batch.files, batch.destination)
      },
      onGone() {
        upload.current = null
      },
    }),
    [],
  )
  return { send, uploaderProps }
}

function LoadedUploader({ when, props }: { when: boolean; props: DropUploaderProps }) {
  if (!when) return null
  return (
    <Suspense fallback={null}>
      <DropUploader {...props} />
    </Suspense>
  )
}

function DropOverlay({ where }: { where: string }) {
  const { t } = useTranslation('upload')
  return (
    <div className="pointer-events-none fixed inset-0 z-[60] flex items-center justify-center bg-brand-600/15 p-6 backdrop-blur-[2px]">
      <div role="status" className="flex flex-col items-center gap-3 rounded-3xl border-2 border-dashed border-brand-600 bg-white/95 px-10 py-8 text-center shadow-xl dark:bg-slate-900/95">
        <CloudUpload className="size-12 text-brand-600 dark:text-brand-100" aria-hidden />
        <p className="text-xl font-semibold">{t('dropHere')}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{where}</p>
      </div>
    </div>
  )
}

/**
 * The drop target of a page that chose where files go. `destination` null: the user has not said yet (the
 * upload page with "to an album" and no album picked), so dropped files go to `onHold`, to wait until they do.
 */
export function UploadDropTarget({
  destination,
  onDropped,
  onHold,
}: {
  destination: UploadDestination | null
  onDropped?: () => void
  onHold?: (files: File[]) => void
}) {
  const { t } = useTranslation('upload')
  const { send, uploaderProps } = useDropUploads()
  useEffect(() => {
    pageTargets += 1
    return () => {
      pageTargets -= 1
    }
  }, [])
  const { over, dragged } = useFileDrop((files) => {
    if (destination) send(files, destination)
    else onHold?.(files)
    onDropped?.()
  })
  const where = !destination ? t('dropToWait') : destination.albumId ? t('dropToAlbum', { album: destination.albumTitle ?? '' }) : t('dropToLibrary')
  return (
    <>
      <LoadedUploader when={dragged} props={uploaderProps} />
      {over ? <DropOverlay where={where} /> : null}
    </>
  )
}

/** The shell's target for every page without its own: files go to the library, shown on the upload page. */
export function AnywhereDropTarget() {
  const { t } = useTranslation('upload')
  const { send, uploaderProps } = useDropUploads()
  const navigate = useNavigate()
  useEffect(() => {
    void loadNamespaces(['upload'])
  }, [])
  const { over, dragged } = useFileDrop(
    (files) => {
      send(files, {})
      navigate(paths.upload())
    },
    () => pageTargets === 0,
  )
  return (
    <>
      <LoadedUploader when={dragged} props={uploaderProps} />
      {over ? <DropOverlay where={t('dropAnywhere')} /> : null}
    </>
  )
}
