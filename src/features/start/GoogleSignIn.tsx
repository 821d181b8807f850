// The Google half of the start page: sign in (Google's window, least scopes), or why that is not possible now.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { CloudOff, RotateCw } from 'lucide-react'
import { isAuthError, useAuthErrorText, useGoogleAuth } from '../../auth'

/** `next`: the page to open once signed in. */
export function GoogleSignIn({ onSignedIn, next }: { onSignedIn: () => void; next: string }) {
  const { t } = useTranslation('auth')
  const navigate = useNavigate()
  const { script, retryScript, signIn } = useGoogleAuth()
  const errorText = useAuthErrorText()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (script === 'failed') {
    return (
      <div role="alert" className="flex flex-col gap-2 rounded-xl bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-400/10 dark:text-amber-100">
        <p className="flex items-center gap-2 font-semibold">
          <CloudOff className="size-4 shrink-0" aria-hidden />
          {t('start.scriptFailedTitle')}
        </p>
        <p>{t('start.scriptFailed')}</p>
        <button type="button" className="btn-secondary self-start" onClick={retryScript}>
          <RotateCw className="size-4" aria-hidden />
          {t('start.retryScript')}
        </button>
      </div>
    )
  }

  const ready = script === 'ready'
  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        className="btn-primary self-start"
        disabled={!ready || pending}
        aria-describedby="google-permissions"
        onClick={async () => {
          setPending(true)
          setError(null)
          try {
            await signIn()
            onSignedIn()
            navigate(next)
          } catch (e) {
            setError(isAuthError(e) ? e.code : 'unknown')
          } finally {
            setPending(false)
          }
        }}
      >
        <GoogleMark />
        {pending ? t('start.signingIn') : t('start.signIn')}
      </button>
      {!ready ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {t('start.scriptLoading')}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      ) : null}
      <p id="google-permissions" className="text-xs text-slate-600 dark:text-slate-400">
        {t('start.permissionsNote')}
      </p>
    </div>
  )
}

/** Google's "G", drawn inline so the start page needs nothing from Google before sign-in. */
function GoogleMark() {
  return (
    <svg viewBox="0 0 48 48" className="size-5 shrink-0 rounded-full bg-white p-0.5" aria-hidden focusable="false">
      <path fill="#EA4335" d="M24 9.5c3.54 0 6.71 1.22 9.21 3.6l6.85-6.85C35.9 2.38 30.47 0 24 0 14.62 0 6.51 5.38 2.56 13.22l7.98 6.19C12.43 13.72 17.74 9.5 24 9.5z" />
      <path fill="#4285F4" d="M46.98 24.55c0-1.57-.15-3.09-.38-4.55H24v9.02h12.94c-.58 2.96-2.26 5.48-4.78 7.18l7.73 6c4.51-4.18 7.09-10.36 7.09-17.65z" />
      <path fill="#FBBC05" d="M10.53 28.59c-.48-1.45-.76-2.99-.76-4.59s.27-3.14.76-4.59l-7.98-6.19C.92 16.46 0 20.12 0 24c0 3.88.92 7.54 2.56 10.78l7.97-6.19z" />
      <path fill="#34A853" d="M24 48c6.48 0 11.93-2.13 15.89-5.81l-7.73-6c-2.15 1.45-4.92 2.3-8.16 2.3-6.26 0-11.57-4.22-13.47-9.91l-7.98 6.19C6.51 42.62 14.62 48 24 48z" />
    </svg>
  )
}
