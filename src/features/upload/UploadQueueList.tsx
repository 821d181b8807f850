// The queue: one row per file with its state, per-file progress and speed, the reason a file was refused or
// failed, and Retry for failures.
import { useTranslation } from 'react-i18next'
import { CircleAlert, CircleCheck, File as FileIcon, FileImage, FileVideo, RotateCw, X } from 'lucide-react'
import { IconButton } from '../../components/ui/IconButton'
import { Spinner } from '../../components/ui/StateViews'
import { formatBytes } from './format-bytes'
import type { UploadEntry } from './queue'

function Preview({ entry }: { entry: UploadEntry }) {
  const isImage = entry.kind === 'photo' && /^image\/(jpeg|png|gif|webp|avif|bmp)$/.test(entry.file.type)
  return (
    <span className="flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-slate-200 dark:bg-slate-800">
      {isImage ? (
        <img
          alt=""
          className="size-full object-cover"
          ref={(img) => {
            // A local preview of the file; the object URL is released once the image has decoded.
            if (!img || img.dataset.file === entry.id) return
            img.dataset.file = entry.id
            const url = URL.createObjectURL(entry.file)
            img.onload = img.onerror = () => URL.revokeObjectURL(url)
            img.src = url
          }}
        />
      ) : entry.kind === 'video' ? (
        <FileVideo className="size-5 text-slate-500" aria-hidden />
      ) : entry.kind === 'photo' ? (
        <FileImage className="size-5 text-slate-500" aria-hidden />
      ) : (
        <FileIcon className="size-5 text-slate-500" aria-hidden />
      )}
    </span>
  )
}

function StatusLine({ entry }: { entry: UploadEntry }) {
  const { t, i18n } = useTranslation('upload')
  const lang = i18n.language
  switch (entry.status) {
    case 'refused':
      return <span className="text-red-700 dark:text-red-300">{t(`refused.${entry.refusal ?? 'unsupported-type'}`)}</span>
    case 'queued':
      return <span>{t('status.queued')}</span>
    case 'waiting':
      return <span className="text-amber-800 dark:text-amber-200">{t('status.waiting')}</span>
    case 'uploading':
      return (
        <span className="flex flex-wrap gap-x-3">
          <span>{t('progress', { sent: formatBytes(entry.bytesSent, lang), total: formatBytes(entry.size, lang) })}</span>
          {entry.speed ? <span>{t('speed', { speed: formatBytes(entry.speed, lang) })}</span> : null}
        </span>
      )
    case 'creating':
      return <span>{t('status.creating')}</span>
    case 'done':
      return (
        <span className="text-emerald-700 dark:text-emerald-300">
          {entry.destination.albumId ? t('status.doneToAlbum', { album: entry.destination.albumTitle ?? '' }) : t('status.done')}
        </span>
      )
    case 'unknown':
      return <span className="text-amber-700 dark:text-amber-300">{t('status.unknown')}</span>
    case 'failed':
      return (
        <span className="text-red-700 dark:text-red-300">
          {t(`error.${entry.errorKind ?? 'rejected'}`)}
          {entry.errorDetail ? <span className="block text-xs text-slate-500 dark:text-slate-400">{entry.errorDetail}</span> : null}
        </span>
      )
  }
}

export function UploadQueueList({ entries, onRetry, onDismiss }: { entries: readonly UploadEntry[]; onRetry: (id: string) => void; onDismiss: (id: string) => void }) {
  const { t, i18n } = useTranslation('upload')
  return (
    <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
      {[...entries].reverse().map((entry) => {
        const pct = entry.size > 0 ? Math.round((entry.bytesSent / entry.size) * 100) : 0
        const finished = entry.status === 'done' || entry.status === 'refused'
        const canRetry = (entry.status === 'failed' && !entry.permanent) || entry.status === 'unknown'
        return (
          <li key={entry.id} className="flex items-center gap-3 py-3" aria-label={entry.name}>
            <Preview entry={entry} />
            <div className="min-w-0 flex-1">
              <p className="flex items-center gap-2">
                <span className="truncate font-medium" dir="auto">
                  {entry.name}
                </span>
                <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">{formatBytes(entry.size, i18n.language)}</span>
              </p>
              <div className="text-sm text-slate-600 dark:text-slate-400">
                <StatusLine entry={entry} />
              </div>
              {entry.status === 'uploading' || entry.status === 'creating' || entry.status === 'queued' ? (
                <div
                  role="progressbar"
                  aria-label={entry.name}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={entry.status === 'queued' ? 0 : pct}
                  className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
                >
                  <div className={`h-full rounded-full bg-brand-600 transition-[width] ${entry.status === 'creating' ? 'animate-pulse' : ''}`} style={{ width: `${entry.status === 'queued' ? 0 : pct}%` }} />
                </div>
              ) : null}
            </div>
            <div className="flex shrink-0 items-center gap-1">
              {entry.status === 'uploading' || entry.status === 'creating' ? <Spinner className="size-5" /> : null}
              {entry.status === 'done' ? <CircleCheck className="size-6 text-emerald-600 dark:text-emerald-400" aria-hidden /> : null}
              {entry.status === 'failed' || entry.status === 'refused' ? <CircleAlert className="size-6 text-red-600 dark:text-red-400" aria-hidden /> : null}
              {canRetry ? (
                <button type="button" className="btn-secondary" onClick={() => onRetry(entry.id)} aria-label={t('retryFile', { name: entry.name })}>
                  <RotateCw className="size-4" aria-hidden />
                  <span aria-hidden>{t('retry')}</span>
                </button>
              ) : null}
              {finished || entry.status === 'failed' || entry.status === 'waiting' || canRetry ? <IconButton label={t('dismiss', { name: entry.name })} icon={X} onClick={() => onDismiss(entry.id)} /> : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
