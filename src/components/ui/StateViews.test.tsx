// A failed read offers Retry only when trying again can help: temporary failures do, permanent refusals don't.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError } from '../../api'
import en from '../../i18n/locales/en'
import { ErrorState } from './StateViews'

let i18n: typeof i18next
beforeAll(async () => {
  i18n = i18next.createInstance()
  await i18n.init({ lng: 'en', resources: { en }, ns: Object.keys(en), defaultNS: 'common', interpolation: { escapeValue: false } })
})

const http = (httpStatus: number, status: string, message = '') => new ApiError({ operation: 'albums.list', httpStatus, status, message })

function renderError(error: unknown) {
  const onRetry = vi.fn()
  render(
    <I18nextProvider i18n={i18n}>
      <ErrorState error={error} onRetry={onRetry} />
    </I18nextProvider>,
  )
  return onRetry
}

describe('ErrorState', () => {
  it.each([
    ['a 500', http(500, 'INTERNAL', 'Internal error encountered.')],
    ['a 503', http(503, 'UNAVAILABLE', 'The service is currently unavailable.')],
    ['a 429', http(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric \'Read requests\' per minute')],
    ['a network failure', new NetworkError('albums.list', new TypeError('Failed to fetch'))],
  ])('offers Retry after %s, and Retry calls back', async (_name, error) => {
    const onRetry = renderError(error)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it.each([
    ['a 400', http(400, 'INVALID_ARGUMENT', 'Invalid album ID.'), 'refused the request'],
    ['a 403', http(403, 'PERMISSION_DENIED', 'The caller does not have permission'), 'Not allowed'],
    ['a 404', http(404, 'NOT_FOUND', 'Requested entity was not found.'), 'Not found'],
  ])('offers no Retry after %s, and still says why', (_name, error, title) => {
    renderError(error)
    expect(screen.getByRole('alert')).toHaveTextContent(new RegExp(title, 'i'))
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })
})
