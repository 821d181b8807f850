// Google mode's session machinery, mounted once beside the router (it wraps nothing): loads Google's sign-in
// script only when Google mode is possible and the demo is not chosen, hands its token client to the store, shows
// the session dialog and reloads what failed while the session was paused.
import { useEffect, useSyncExternalStore } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { GoogleOAuthProvider, useGoogleOAuth } from '@react-oauth/google'
import { config } from '../config/env'
import { AuthDialog } from './AuthDialog'
import { createGisTokenApi, readGoogleOAuth2 } from './gis'
import { isGooglePhotosApi } from './scopes'
import { useMode } from './session'
import { authStore, scriptState } from './store'

/** Hands Google's token client to the store once the script has loaded. */
function GisBridge() {
  const { clientId, scriptLoadedSuccessfully } = useGoogleOAuth()
  useEffect(() => {
    if (!scriptLoadedSuccessfully) return
    const oauth2 = readGoogleOAuth2()
    authStore.setApi(oauth2 ? createGisTokenApi(clientId, oauth2, { allowRetiredScopes: !isGooglePhotosApi(config.photosApiUrl) }) : null)
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

/** When a paused session is continued, what failed meanwhile ("signed out for now") loads again. */
function RefetchOnResume() {
  const queryClient = useQueryClient()
  useEffect(() => {
    let wasPaused = authStore.getSnapshot().paused
    return authStore.subscribe(() => {
      const { paused, signedIn } = authStore.getSnapshot()
      if (wasPaused && !paused && signedIn) void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' })
      wasPaused = paused
    })
  }, [queryClient])
  return null
}

/**
 * Mount once inside the QueryClientProvider. Without a client ID, or once the demo is chosen, it renders nothing:
 * Google's script is never requested in demo mode.
 */
export function GoogleSession() {
  const mode = useMode()
  const clientId = config.googleClientId
  if (!clientId || mode === 'demo') return null
  return (
    <>
      <GoogleScript clientId={clientId} />
      <AuthDialog />
      <RefetchOnResume />
    </>
  )
}
