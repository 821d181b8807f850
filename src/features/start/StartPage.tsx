import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { FlaskConical, Images, LogIn } from 'lucide-react'
import { googleSignInConfigured, session, useMode } from '../../auth/session'
import { pathAfterWelcome, paths } from '../../config/paths'
import { SHARED_PARAM } from '../../utils/share-target'
import { GoogleSignIn } from './GoogleSignIn'
import { rememberWelcomeSeen, skipsWelcome } from '../../auth/welcome'

/**
 * The welcome: what Shoebox is, the demo, and how to use a Google account. "/" shows it on the first visit (and
 * whenever no mode is chosen); once seen, "/" goes straight to the library. /welcome always shows it.
 */
export function StartPage({ isIndex, pickers }: { isIndex: boolean; pickers: ReactNode }) {
  const { t } = useTranslation()
  const { t: tAuth } = useTranslation('auth')
  const navigate = useNavigate()
  const mode = useMode()
  // A page opened before the choice (a link, photos shared to the app) opens once the choice is made.
  const next = pathAfterWelcome(useLocation().search)
  const sharedWaiting = new URL(next, 'http://app.invalid').pathname === paths.upload() && next.includes(`${SHARED_PARAM}=`)

  if (isIndex && skipsWelcome(mode)) return <Navigate to={next} replace />

  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-3xl flex-col justify-center gap-8 px-5 py-10">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={56} height={56} />
          <div role="group" aria-label={t('start.settingsLabel')} className="grid w-full grid-cols-1 gap-2 min-[26rem]:grid-cols-2 sm:flex sm:w-auto">
            {pickers}
          </div>
        </div>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('start.title')}</h1>
        <p className="text-lg text-slate-600 dark:text-slate-300">{t('start.intro')}</p>
        {sharedWaiting ? (
          <p role="status" className="flex items-start gap-2 rounded-xl bg-brand-50 p-3 text-slate-900 dark:bg-brand-700/25 dark:text-slate-100">
            <Images className="mt-0.5 size-5 shrink-0" aria-hidden />
            {tAuth('start.sharedWaiting')}
          </p>
        ) : null}
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
            className="btn-primary min-h-11 self-start"
            onClick={() => {
              rememberWelcomeSeen()
              session.chooseDemo()
              navigate(next)
            }}
          >
            {/* With Google sign-in on offer the button names the choice; in a demo-only copy it just starts. */}
            {googleSignInConfigured ? t('start.exploreDemo') : t('start.startExploring')}
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
          {googleSignInConfigured ? <GoogleSignIn onSignedIn={rememberWelcomeSeen} next={next} /> : null}
        </section>
      </div>
    </main>
  )
}
