import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate } from 'react-router'
import { FlaskConical, LogIn } from 'lucide-react'
import { googleSignInConfigured, session, useMode } from '../../auth/session'
import { paths } from '../../config/paths'
import { GoogleSignIn } from './GoogleSignIn'

/**
 * The start page. With a Google client ID it offers sign-in and the demo; without one the demo is the
 * only mode, so "/" goes straight to the library and this page (at /welcome) just explains.
 */
export function StartPage({ isIndex }: { isIndex: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mode = useMode()

  if (isIndex && mode) return <Navigate to={paths.library()} replace />

  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-3xl flex-col justify-center gap-8 px-5 py-10">
      <header className="flex flex-col gap-3">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={56} height={56} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('start.title')}</h1>
        <p className="text-lg text-slate-600 dark:text-slate-300">{t('start.intro')}</p>
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="demo-title" className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id="demo-title" className="flex items-center gap-2 text-lg font-semibold">
            <FlaskConical className="size-5 text-amber-600" aria-hidden />
            {t('start.demoTitle')}
          </h2>
          <p className="flex-1 text-sm text-slate-600 dark:text-slate-300">{t('start.demoBody')}</p>
          <button
            type="button"
            className="btn-primary self-start"
            onClick={() => {
              session.chooseDemo()
              navigate(paths.library())
            }}
          >
            {t('start.exploreDemo')}
          </button>
        </section>
        <section aria-labelledby="google-title" className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id="google-title" className="flex items-center gap-2 text-lg font-semibold">
            <LogIn className="size-5 text-brand-600" aria-hidden />
            {t('start.googleTitle')}
          </h2>
          <p className="flex-1 text-sm text-slate-600 dark:text-slate-300">
            {googleSignInConfigured ? t('start.googleBody') : t('start.googleNotConfigured')}
          </p>
          {googleSignInConfigured ? <GoogleSignIn /> : null}
        </section>
      </div>
    </main>
  )
}
