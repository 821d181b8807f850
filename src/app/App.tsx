import { lazy, Suspense } from 'react'
import { RouterProvider } from 'react-router'
import { Toaster } from '../components/ui/Toaster'
import { useTranslation } from 'react-i18next'
import { router } from './router'
import { AppProviders } from './providers'
import { config } from '../config/env'

// Google's script and the session dialog load only where Google sign-in is configured, so a demo-only build
// never downloads that code; it renders nothing in demo mode.
const GoogleSession = lazy(() => import('../auth/GoogleSession').then((m) => ({ default: m.GoogleSession })))

export function App() {
  const { t, i18n } = useTranslation()
  return (
    <AppProviders>
      {config.googleClientId ? (
        <Suspense fallback={null}>
          <GoogleSession />
        </Suspense>
      ) : null}
      <RouterProvider router={router} />
      <Toaster
        position="bottom-center"
        dir={i18n.dir()}
        closeButton
        richColors
        offset={{ bottom: 88 }}
        customAriaLabel={t('notifications.region')}
        toastOptions={{ closeButtonAriaLabel: t('notifications.close') }}
      />
    </AppProviders>
  )
}
