// Localized names for scopes and sign-in failures.
import { useTranslation } from 'react-i18next'
import { scopeName } from './scopes'

export function useScopeLabel() {
  const { t } = useTranslation('auth')
  return (scope: string) => {
    const name = scopeName(scope)
    return name ? t(`scopes.${name}`) : t('scopes.other', { scope })
  }
}

const KNOWN_ERRORS = ['popup_closed', 'access_denied', 'popup_failed_to_open', 'unavailable', 'invalid_scope'] as const
type KnownError = (typeof KNOWN_ERRORS)[number]

export function useAuthErrorText() {
  const { t } = useTranslation('auth')
  return (code: string) =>
    (KNOWN_ERRORS as readonly string[]).includes(code) ? t(`errors.${code as KnownError}`) : t('errors.generic', { code })
}
