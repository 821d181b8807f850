// Loads Google's sign-in script only when Google mode is possible and the demo is not chosen, and hands its
// token client to the store; mounts the session dialog.
import { useEffect, useSyncExternalStore, type ReactNode } from 'react'
import { GoogleOAuthProvider, useGoogleOAuth } from '@react-oauth/google'
import { config } from '../config/env'
import { AuthDialog } from './AuthDialog'
import { createGisTokenApi, readGoogleOAuth2 } from './gis'
import { useMode } from './session'
import { authStore, scriptState } from './store'

/** Hands Google's token client to the store once the script has loaded. */
function GisBridge() {
  const { clientId, scriptLoadedSuccessfully } = useGoogleOAuth()
  useEffect(() => {
    if (!scriptLoadedSuccessfully) return
    const oauth2 = readGoogleOAuth2()
    authStore.setApi(oauth2 ? createGisTokenApi(clientId, oauth2) : null)
    scriptState.set(oauth2 ? 'ready' : 'failed')
  }, [clientId, scriptLoadedSuccessfully])
  return null
}

function GoogleScript({ clientId }: { clientId: string }) {
  const attempt = useSyncExternalStore(scriptState.subscribe, scriptState.attempt)
  useEffect(() => {
    if (scriptState.get() === 'idle') scriptState.set('loading')
  }, [])
  return (
    <GoogleOAuthProvider
      key={attempt}
      clientId={clientId}
      onScriptLoadError={() => {
        authStore.setApi(null)
        scriptState.set('failed')
      }}
    >
      <GisBridge />
    </GoogleOAuthProvider>
  )
}

/**
 * Mount once around the app (inside the QueryClientProvider). Without a client ID, or once the demo is chosen,
 * it renders only its children: Google's script is never requested in demo mode.
 */
export function GoogleAuthProvider({ children }: { children: ReactNode }) {
  const mode = useMode()
  const clientId = config.googleClientId
  const active = Boolean(clientId) && mode !== 'demo'
  return (
    <>
      {active && clientId ? <GoogleScript clientId={clientId} /> : null}
      {children}
      {active ? <AuthDialog /> : null}
    </>
  )
}

