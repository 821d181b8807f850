import './index.css'
import { initI18n } from './i18n'
import { initTheme } from './utils/theme'
import { registerServiceWorker } from './app/service-worker'

initTheme()
registerServiceWorker()
const [{ renderApp }] = await Promise.all([import('./app/render'), initI18n()])

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
renderApp(root)
