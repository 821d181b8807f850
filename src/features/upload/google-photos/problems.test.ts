import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, PickerError } from '../../../api'
import en from '../../../i18n/locales/en/upload'
import { activationUrlOf, problemOf } from './use-google-photos-import'

const api = (httpStatus: number, status: string, details: Record<string, unknown>[] = []) =>
  new ApiError({ operation: 'picker.sessions.create', httpStatus, status, message: 'x', details })

describe('each Picker failure gets its own explanation', () => {
  it('maps API answers, picking outcomes and network failures', () => {
    expect(problemOf(new PickerError('closed', ''), 'picking')).toBe('closed')
    expect(problemOf(new PickerError('timeout', ''), 'picking')).toBe('timeout')
    expect(problemOf(new PickerError('not-ready', ''), 'download')).toBe('not-ready')
    expect(problemOf(api(429, 'RESOURCE_EXHAUSTED'), 'picking')).toBe('too-many')
    expect(problemOf(api(400, 'FAILED_PRECONDITION'), 'picking')).toBe('precondition')
    expect(problemOf(api(404, 'NOT_FOUND'), 'picking')).toBe('expired')
    expect(problemOf(api(403, 'PERMISSION_DENIED', [{ reason: 'SERVICE_DISABLED' }]), 'picking')).toBe('api-disabled')
    expect(problemOf(api(403, 'PERMISSION_DENIED', [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }]), 'picking')).toBe('scope-declined')
    expect(problemOf(new NetworkError('picker.download', new TypeError('Failed to fetch')), 'download')).toBe('download-blocked')
    expect(problemOf(new NetworkError('picker.download', new TypeError('Failed to fetch')), 'download', { viaRelay: true })).toBe('download-blocked-relay')
    expect(problemOf(new NetworkError('picker.sessions.get', new TypeError('Failed to fetch')), 'picking')).toBe('network')
    expect(problemOf(new Error('?'), 'picking')).toBe('generic')
  })

  it('a picked item whose baseUrl has expired (a bare 403 on its bytes) asks for a new pick, not for enabling the API', () => {
    const bytes = (details: Record<string, unknown>[] = []) => new ApiError({ operation: 'picker.download', httpStatus: 403, status: 'PERMISSION_DENIED', message: 'Forbidden', details })
    expect(problemOf(bytes(), 'download')).toBe('expired')
    expect(problemOf(bytes([{ reason: 'SERVICE_DISABLED' }]), 'download')).toBe('api-disabled')
    expect(problemOf(bytes(), 'picking')).toBe('api-disabled')
  })

  it("links Google's own activation page for the app's project when the answer names one", () => {
    const activationUrl = 'https://console.developers.google.com/apis/api/photospicker.googleapis.com/overview?project=123'
    expect(activationUrlOf(api(403, 'PERMISSION_DENIED', [{ reason: 'SERVICE_DISABLED', metadata: { activationUrl } }]))).toBe(activationUrl)
    expect(activationUrlOf(api(403, 'PERMISSION_DENIED', [{ reason: 'SERVICE_DISABLED', metadata: { activationUrl: 'https://evil.example/x' } }]))).toBeUndefined()
    expect(activationUrlOf(api(403, 'PERMISSION_DENIED'))).toBeUndefined()
  })

  it('every problem has a message in the catalogue', () => {
    const kinds = ['popup-blocked', 'closed', 'timeout', 'expired', 'precondition', 'not-ready', 'too-many', 'api-disabled', 'scope-declined', 'download-blocked', 'download-blocked-relay', 'network', 'generic']
    expect(Object.keys(en.googlePhotos.problem).sort()).toEqual(kinds.sort())
  })
})
