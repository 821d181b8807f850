// Renders the app. main.tsx imports this module dynamically, so the service worker registration and the
// language set-up start before React and the router have arrived (index.html preloads them in parallel).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

export function renderApp(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
