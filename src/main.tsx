import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { initI18n } from './i18n'
import { initTheme } from './utils/theme'
import { registerServiceWorker } from './app/service-worker'
import { App } from './app/App'

initTheme()
registerServiceWorker()
await initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
