import { afterAll, describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { changeLanguage, initI18n } from '../i18n'

afterAll(() => localStorage.clear())

describe("react-aria's language, with no I18nProvider", () => {
  it("follows the app's language, including a change made while none of its widgets was on screen", async () => {
    await initI18n('en')
    // As in the app, react-aria loads after the language is set up (with the first dialog or menu).
    const { useLocale } = await import('react-aria-components')
    const { default: AriaLocaleSync } = await import('./AriaLocaleSync')
    function Probe() {
      const { locale, direction } = useLocale()
      return <p>{`${locale} ${direction}`}</p>
    }

    const first = render(<Probe />)
    expect(screen.getByText('en ltr')).toBeTruthy()
    first.unmount()

    await changeLanguage('he')
    // Nothing of react-aria's was listening when the language changed: on its own it would keep English.
    const stale = render(<Probe />)
    expect(screen.getByText('en ltr')).toBeTruthy()
    stale.unmount()

    render(<AriaLocaleSync />)
    render(<Probe />)
    await waitFor(() => expect(screen.getByText('he rtl')).toBeTruthy())

    // From then on react-aria hears every change at once.
    await changeLanguage('zh-CN')
    await waitFor(() => expect(screen.getByText('zh-CN ltr')).toBeTruthy())
  })
})
