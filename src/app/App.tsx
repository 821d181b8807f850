import { RouterProvider } from 'react-router'
import { Toaster } from 'sonner'
import { useTranslation } from 'react-i18next'
import { router } from './router'
import { AppProviders } from './providers'
import { GoogleAuthProvider } from '../auth'

export function App() {
  const { i18n } = useTranslation()
  return (
    <AppProviders>
      <GoogleAuthProvider>
        <RouterProvider router={router} />
      </GoogleAuthProvider>
      <Toaster position="bottom-center" dir={i18n.dir()} closeButton richColors offset={{ bottom: 88 }} />
    </AppProviders>
  )
}
