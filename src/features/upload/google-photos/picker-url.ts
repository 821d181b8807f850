// Where the picking window goes: the session's pickerUri with `/autoclose` (Google's documented suffix, so the
// window closes itself on Done) and, for the emulator's page, `hl` with the app's language. Google's own
// pickerUri is left without `hl`: Google does not document that its picker reads it (its page follows the
// Google account's language), and an unknown parameter on Google's URL is not worth the risk.
const GOOGLE_PICKER_HOST = 'photos.google.com'

export function pickerPageUrl(pickerUri: string, language: string): string {
  const url = new URL(pickerUri)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/autoclose`
  if (url.hostname !== GOOGLE_PICKER_HOST) url.searchParams.set('hl', language)
  return url.href
}
