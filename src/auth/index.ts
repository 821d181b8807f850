// Public surface of the auth layer for features: the session key and local records, Google sign-in, scopes.
// The app shell imports what it mounts and reads (session, store, GoogleSession, PausedSessionBanner) directly.
export { currentSessionKey } from './session'
export { registerLocalRecords, sessionStorageName } from './local-records'
export { useGoogleAuth } from './hooks'
export { useScopeLabel, useAuthErrorText } from './labels'
export { SCOPES } from './scopes'
export { isAuthError } from './token-store'
