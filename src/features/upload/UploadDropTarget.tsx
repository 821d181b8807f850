// Drag-and-drop anywhere on the page: while files are dragged over the window a full-screen target says where
// they will go; dropping starts the upload.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CloudUpload } from 'lucide-react'
import type { UploadDestination } from './queue'
import { useUploader } from './use-uploader'
import { useQuotaConfirmedAdd } from './use-quota-confirmed'

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files')

export function UploadDropTarget({ destination, onDropped }: { destination: UploadDestination; onDropped?: () => void }) {
  const { t } = useTranslation('upload')
  const { add: addNow } = useUploader()
  const { addFiles: add, dialog } = useQuotaConfirmedAdd(addNow)
  const [over, setOver] = useState(false)
  const depth = useRef(0)
  const latest = useRef({ destination, add, onDropped })
  useEffect(() => {
    latest.current = { destination, add, onDropped }
  })

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth.current += 1
      setOver(true)
    }
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth.current = 0
      setOver(false)
      const files = [...(e.dataTransfer?.files ?? [])]
      if (files.length) {
        latest.current.add(files, latest.current.destination)
        latest.current.onDropped?.()
      }
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

  if (!over) return dialog
  return (
    <>
      {dialog}
      <div className="pointer-events-none fixed inset-0 z-[60] flex items-center justify-center bg-brand-600/15 p-6 backdrop-blur-[2px]" aria-hidden>
        <div className="flex flex-col items-center gap-3 rounded-3xl border-2 border-dashed border-brand-600 bg-white/95 px-10 py-8 text-center shadow-xl dark:bg-slate-900/95">
          <CloudUpload className="size-12 text-brand-600 dark:text-brand-100" />
          <p className="text-xl font-semibold">{t('dropHere')}</p>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {destination.albumId ? t('dropToAlbum', { album: destination.albumTitle ?? '' }) : t('dropToLibrary')}
          </p>
        </div>
      </div>
    </>
  )
}
