// Renders the app. main.tsx imports this module dynamically, so the service worker registration and the
// language set-up start before React and the router have arrived (index.html preloads them in parallel).
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

export function renderApp(root: HTMLElement) {
  // As a transition, the first render yields to the browser every few milliseconds instead of holding the main
  // thread for the whole tree: input and paint are never blocked for long on a slow phone.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}
