// react-aria reads the app's language (set by i18n/index.ts) when it loads and again on `languagechange`, but it
// listens for that event only while one of its widgets is on screen. Mounted after the first language change
// (see providers.tsx), this keeps react-aria listening from then on, and makes it read the language once now, in
// case it changed while react-aria was loaded with no widget open (a dialog opened and closed, then the header's
// language picker used).
import { useEffect } from 'react'
import { useLocale } from 'react-aria-components'

export default function AriaLocaleSync() {
  useLocale()
  useEffect(() => {
    window.dispatchEvent(new Event('languagechange'))
  }, [])
  return null
}
