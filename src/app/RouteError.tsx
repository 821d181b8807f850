import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '../config/paths'

/** Shown in place of a route that threw; the rest of the shell keeps working. */
export function RouteError() {
  const error = useRouteError()
  const { t } = useTranslation()
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error)
  return (
    <div role="alert" className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-2xl font-semibold">{t('error.title')}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t('error.body')}</p>
      <details className="mt-4 text-start text-sm text-slate-500 dark:text-slate-400">
        <summary className="cursor-pointer">{t('error.details')}</summary>
        <pre className="mt-2 overflow-auto whitespace-pre-wrap">{detail}</pre>
      </details>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
        <Link className="btn-secondary" to={paths.library()}>
          {t('error.home')}
        </Link>
      </div>
    </div>
  )
}
