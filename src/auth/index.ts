// Public surface of the auth layer (Google mode). Demo mode needs none of it beyond `session`.
export {
  session,
  useMode,
  googleSignInConfigured,
  readDemoUser,
  currentSessionKey,
  useSessionKey,
  onSessionChange,
  type Mode,
} from './session'
export { registerLocalRecords, forgetLocalRecords, sessionStorageName } from './local-records'
export { GoogleAuthProvider } from './GoogleAuthProvider'
export {
  useGoogleAuth,
  useCapability,
  useAuthSnapshot,
  useScriptStatus,
  type GoogleAuthStatus,
} from './hooks'
export { googleClientAuth } from './google-client'
export { signOutOfGoogle, onSignOut } from './sign-out'
// AuthDialog is already mounted by GoogleAuthProvider; exported for tests and stories only.
export { AuthDialog } from './AuthDialog'
export { PausedSessionBanner } from './PausedSessionBanner'
export { useScopeLabel, useAuthErrorText } from './labels'
export { SCOPES, SIGN_IN_SCOPES, SHARING_SCOPES, CAPABILITY_SCOPES, type Capability, type Scope, type ScopeName } from './scopes'
export { AuthError, isAuthError, type AuthSnapshot, type Interaction } from './token-store'
export { authStore } from './store'
