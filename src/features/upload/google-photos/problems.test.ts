import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, PickerError } from '../../../api'
import en from '../../../i18n/locales/en/upload'
import { problemOf } from './use-google-photos-import'

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
    expect(problemOf(new NetworkError('picker.sessions.get', new TypeError('Failed to fetch')), 'picking')).toBe('network')
    expect(problemOf(new Error('?'), 'picking')).toBe('generic')
  })

  it('every problem has a message in the catalogue', () => {
    const kinds = ['popup-blocked', 'closed', 'timeout', 'expired', 'precondition', 'not-ready', 'too-many', 'api-disabled', 'scope-declined', 'download-blocked', 'network', 'generic']
    expect(Object.keys(en.googlePhotos.problem).sort()).toEqual(kinds.sort())
  })
})
