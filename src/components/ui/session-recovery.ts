// How a view offers "Continue session" when the Google session is paused, without knowing about the auth layer:
// the app provides the action; in demo mode there is none.
import { createContext } from 'react'

export const SessionRecoveryContext = createContext<(() => void) | null>(null)
