// A small status card at the bottom of grid pages while uploads run (or just finished): count, overall progress
// and a link to the queue.
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { CircleAlert, CircleCheck, X } from 'lucide-react'
import { paths } from '../../config/paths'
import { IconButton } from '../../components/ui/IconButton'
import { Spinner } from '../../components/ui/StateViews'
import { summarize } from './queue'
import { uploadStore, useUploadQueue } from './store'

export function UploadDock() {
  const { t } = useTranslation('upload')
  const { t: tc } = useTranslation()
  const entries = useUploadQueue()
  const s = summarize(entries)
  if (s.total === 0 && s.waiting === 0) return null
  const pct = s.bytesTotal ? Math.round((s.bytesSent / s.bytesTotal) * 100) : 0
  return (
    <section
      aria-label={t('queue')}
      className="fixed bottom-20 end-3 z-40 w-72 rounded-2xl border border-slate-200 bg-white p-3 shadow-lg md:bottom-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center gap-2">
        {s.active ? <Spinner className="size-5" /> : s.failed || s.waiting ? <CircleAlert className="size-5 text-red-600" aria-hidden /> : <CircleCheck className="size-5 text-emerald-600" aria-hidden />}
        <p className="flex-1 text-sm font-medium" role="status">
          {s.active ? t('dock.uploading', { count: s.active }) : s.waiting ? t('waiting.title', { count: s.waiting }) : s.failed ? t('dock.withFailures', { count: s.failed }) : t('dock.finished')}
        </p>
        {!s.active && !s.waiting ? <IconButton label={tc('close')} icon={X} onClick={() => uploadStore.dispatch({ type: 'clearFinished' })} /> : null}
      </div>
      {s.total ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t('summary', { done: s.done, total: s.total })}</p> : null}
      {s.active ? (
        <div role="progressbar" aria-label={t('queue')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
          <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
        </div>
      ) : null}
      <Link to={paths.upload()} className="mt-2 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
        {t('dock.open')}
      </Link>
    </section>
  )
}
