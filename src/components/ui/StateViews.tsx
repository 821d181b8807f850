// The three non-data states every view has: loading (a skeleton or spinner), error (localized, with Retry) and
// empty (what to do next).
import { useContext, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CloudOff, LogIn, RotateCw } from 'lucide-react'
import { describeError } from './describe-error'
import { SessionRecoveryContext } from './session-recovery'

export function Spinner({ className = 'size-5' }: { className?: string }) {
  return <span className={`inline-block animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 dark:border-slate-600 dark:border-t-brand-100 ${className}`} aria-hidden />
}

/** A polite live region with a spinner and a label (for screen readers and sighted users alike). */
export function LoadingState({ label, className = '' }: { label?: string; className?: string }) {
  const { t } = useTranslation()
  return (
    <div role="status" className={`flex items-center justify-center gap-3 py-16 text-sm text-slate-600 dark:text-slate-400 ${className}`}>
      <Spinner />
      {label ?? t('loading')}
    </div>
  )
}

/** A failed read, named by its cause. Retry only where trying again can help: a permanent 4xx (bad request,
 *  permission, not found) is refused the same way every time, so it offers none. */
export function ErrorState({
  error,
  title,
  onRetry,
  retrying = false,
  className = '',
}: {
  error: unknown
  title?: string
  onRetry?: () => void
  retrying?: boolean
  className?: string
}) {
  const { t } = useTranslation()
  const described = describeError(error, t)
  const resumeSession = useContext(SessionRecoveryContext)
  const paused = described.paused === true && resumeSession !== null
  return (
    <div role="alert" className={`mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-16 text-center ${className}`}>
      <CloudOff className="size-10 text-slate-400 dark:text-slate-500" aria-hidden />
      <h2 className="text-lg font-semibold">{paused ? described.title : (title ?? described.title)}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{described.body}</p>
      {paused ? (
        <button type="button" className="btn-primary mt-2" onClick={resumeSession}>
          <LogIn className="size-4 rtl:-scale-x-100" aria-hidden />
          {t('failure.continueSession')}
        </button>
      ) : onRetry && described.retryable ? (
        <button type="button" className="btn-secondary mt-2" onClick={onRetry} disabled={retrying}>
          {retrying ? <Spinner className="size-4" /> : <RotateCw className="size-4" aria-hidden />}
          {t('retry')}
        </button>
      ) : null}
    </div>
  )
}

export function EmptyState({
  icon: Icon,
  title,
  body,
  action,
  className = '',
}: {
  icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>
  title: string
  body?: ReactNode
  action?: ReactNode
  className?: string
}) {
  return (
    <div className={`mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-16 text-center ${className}`}>
      <div className="rounded-full bg-brand-50 p-5 dark:bg-brand-700/20">
        <Icon className="size-10 text-brand-600 dark:text-brand-100" aria-hidden />
      </div>
      <h2 className="text-lg font-semibold">{title}</h2>
      {body ? <p className="text-sm text-slate-600 dark:text-slate-400">{body}</p> : null}
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  )
}
