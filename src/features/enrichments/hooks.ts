// Small view helpers shared by the enrichment forms.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from './validation'

export function useCountryName() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined
    try {
      names = new Intl.DisplayNames([i18n.language, 'en'], { type: 'region' })
    } catch {
      names = undefined
    }
    return (code: string) => names?.of(code) ?? code
  }, [i18n.language])
}

export function useErrorText() {
  const { t } = useTranslation('enrichments')
  return (error: FieldError | undefined, max = 0): string | undefined => (error ? t(`errors.${error}`, { max }) : undefined)
}

