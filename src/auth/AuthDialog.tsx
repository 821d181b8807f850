// The one dialog the auth layer shows over whatever page is open (it never navigates, so forms and the upload
// queue stay as they are): continue an expired session, grant a scope, or hear why a declined scope matters.
import { useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import { ExternalLink } from 'lucide-react'
import { AppDialog } from '../components/ui/Dialog'
import { SCOPES } from './scopes'
import { authStore } from './store'
import { signOutOfGoogle } from './sign-out'
import { useScopeLabel, useAuthErrorText } from './labels'

const GOOGLE_PHOTOS_URL = 'https://photos.google.com/'

export function AuthDialog() {
  const { t } = useTranslation('auth')
  const queryClient = useQueryClient()
  const snapshot = useSyncExternalStore(authStore.subscribe, authStore.getSnapshot)
  const scopeLabel = useScopeLabel()
  const errorText = useAuthErrorText()
  const [signingOut, setSigningOut] = useState(false)
  const interaction = snapshot.interaction
  if (!interaction) return null

  const { reason, busy, error } = interaction
  const title = reason === 'expired' ? t('dialog.expiredTitle') : reason === 'scopes' ? t('dialog.scopesTitle') : t('dialog.declinedTitle')
  const declinedSharing = reason === 'declined' && interaction.scopes.includes(SCOPES.sharing)

  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) authStore.dismissInteraction()
      }}
      title={title}
      footer={
        <>
          {reason === 'expired' ? (
            <button
              type="button"
              className="btn-ghost me-auto"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true)
                void signOutOfGoogle(queryClient).finally(() => setSigningOut(false))
              }}
            >
              {t('dialog.signOut')}
            </button>
          ) : null}
          <button type="button" className="btn-secondary" onClick={() => authStore.dismissInteraction()}>
            {t('dialog.notNow')}
          </button>
          <button type="button" className="btn-primary" disabled={busy} onClick={() => void authStore.continueInteraction()}>
            {busy ? t('dialog.waiting') : reason === 'declined' ? t('dialog.askAgain') : t('dialog.continue')}
          </button>
        </>
      }
    >
      <div className="flex flex-col gap-3 px-4 py-4 text-sm">
        {reason === 'expired' ? (
          <p>{t('dialog.expiredBody')}</p>
        ) : (
          <>
            <p>{reason === 'scopes' ? t('dialog.scopesBody') : t('dialog.declinedBody')}</p>
            <ul className="list-disc ps-5 font-medium">
              {interaction.scopes.map((scope) => (
                <li key={scope}>{scopeLabel(scope)}</li>
              ))}
            </ul>
            {reason === 'declined' ? (
              <p className="text-slate-600 dark:text-slate-300">{declinedSharing ? t('dialog.declinedSharing') : t('dialog.declinedOther')}</p>
            ) : null}
            {declinedSharing ? (
              <a className="inline-flex items-center gap-1 self-start font-medium text-brand-700 underline dark:text-brand-100" href={GOOGLE_PHOTOS_URL} target="_blank" rel="noreferrer">
                {t('dialog.openGooglePhotos')}
                <ExternalLink className="size-4" aria-hidden />
              </a>
            ) : null}
          </>
        )}
        {error ? (
          <p role="alert" className="text-red-700 dark:text-red-300">
            {errorText(error)}
          </p>
        ) : null}
      </div>
    </AppDialog>
  )
}


