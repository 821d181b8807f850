// A sharing failure in the user's language: what happened, and where to do it instead (Google Photos).
import { useTranslation } from 'react-i18next'
import { ExternalLink, RotateCw, ShieldAlert } from 'lucide-react'
import { useGooglePhotosLink } from '../../queries'
import { explainSharingError, type SharingOperation } from './explain'

export function ProblemNotice({
  error,
  operation,
  productUrl,
  onRetry,
  className = '',
}: {
  error: unknown
  operation: SharingOperation
  productUrl?: string
  onRetry?: () => void
  className?: string
}) {
  const { t } = useTranslation('sharing')
  const { problem, href, retryAfterSeconds } = explainSharingError(error, operation, useGooglePhotosLink(productUrl))
  const retired = problem === 'sharingRetired'
  let body: string
  if (problem === 'rateLimited') body = retryAfterSeconds ? t('problems.rateLimitedIn', { count: retryAfterSeconds }) : t('problems.rateLimited')
  else body = t(`problems.${problem}`)
  const retryable = ['rateLimited', 'offline', 'generic', 'signedOut'].includes(problem)
  return (
    <div
      role="alert"
      data-problem={problem}
      className={`flex gap-3 rounded-xl border p-4 text-sm ${
        retired
          ? 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100'
          : 'border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100'
      } ${className}`}
    >
      <ShieldAlert className="mt-0.5 size-5 shrink-0" aria-hidden />
      <div className="flex min-w-0 flex-col gap-2">
        {retired ? <p className="font-semibold">{t('problems.sharingRetiredTitle')}</p> : null}
        <p>{body}</p>
        <div className="flex flex-wrap gap-2">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" className="btn-secondary min-h-9">
              <ExternalLink className="size-4" aria-hidden />
              {t('problems.openInGooglePhotos')}
            </a>
          ) : null}
          {onRetry && retryable ? (
            <button type="button" className="btn-secondary min-h-9" onClick={onRetry}>
              <RotateCw className="size-4" aria-hidden />
              {t('problems.retry')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  )
}
