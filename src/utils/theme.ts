// Light and dark themes: follow the system unless the user picked one.
export type ThemePreference = 'system' | 'light' | 'dark'
const STORAGE_KEY = 'shoebox.theme'

export function storedTheme(): ThemePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

const THEME_COLOR_LIGHT = '#ffffff'
const THEME_COLOR_DARK = '#0b0f14'

const systemDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches

function applyTheme(preference: ThemePreference) {
  const dark = preference === 'dark' || (preference === 'system' && systemDark())
  const root = document.documentElement
  root.classList.toggle('dark', dark)
  root.style.colorScheme = dark ? 'dark' : 'light'
  // index.html has one theme-color per system scheme; a chosen theme overrides both, "system" restores them.
  document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((meta) => {
    const metaDark = preference === 'system' ? (meta.getAttribute('media') ?? '').includes('dark') : dark
    meta.content = metaDark ? THEME_COLOR_DARK : THEME_COLOR_LIGHT
  })
}

export function setTheme(preference: ThemePreference) {
  try {
    if (preference === 'system') localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, preference)
  } catch {
    // Without storage the choice lasts for this page only.
  }
  applyTheme(preference)
}

/** Applies the stored theme now and keeps following the system while the preference is "system". */
export function initTheme() {
  applyTheme(storedTheme())
  if (typeof matchMedia === 'function') {
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      if (storedTheme() === 'system') applyTheme('system')
    })
  }
}
