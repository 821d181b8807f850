// What "Add from Google Photos" must do inside the click itself (a browser opens windows only there), kept apart
// from the flow so the pages carry only this much until the button is pressed.

const WINDOW_NAME = 'shoebox-google-photos'

/** Opens the (blank) picker window; must run synchronously inside the click. Null when the browser blocked it. */
export function openPickerWindow(loadingText: string): Window | null {
  const width = Math.min(1024, window.screen.availWidth)
  const height = Math.min(800, window.screen.availHeight)
  const win = window.open('', WINDOW_NAME, `popup,width=${width},height=${height}`)
  if (win) {
    try {
      win.document.title = loadingText
      win.document.body.textContent = loadingText
    } catch {
      // the window already shows Google's page from an earlier try
    }
  }
  return win
}

/**
 * How a press started the flow, handed to the sheet (which loads after the press): Google's consent window was
 * opened and answers with `granted`, or the picker's window was opened (null when the browser blocked it).
 * `id` tells a new press from the last one.
 */
export type ImportStart = { id: number } & ({ kind: 'consent'; granted: Promise<boolean> } | { kind: 'pick'; window: Window | null })
