// Whether this browser has seen the welcome: the first visit to "/" shows it, later visits go to the library.
const WELCOMED_KEY = 'shoebox.welcomed'

export function hasSeenWelcome(): boolean {
  try {
    return localStorage.getItem(WELCOMED_KEY) === 'yes'
  } catch {
    return false // Without storage every visit starts with the welcome, which is harmless.
  }
}

export function rememberWelcomeSeen(): void {
  try {
    localStorage.setItem(WELCOMED_KEY, 'yes')
  } catch {
    // Without storage the welcome shows again next time.
  }
}
