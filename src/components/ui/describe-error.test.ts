// Every failure names its real cause, and permanent refusals are the ones without a Retry.
import { beforeAll, describe, expect, it } from 'vitest'
import i18next, { type TFunction } from 'i18next'
import { ApiError, NetworkError, OutcomeUnknownError } from '../../api'
import en from '../../i18n/locales/en'
import zh from '../../i18n/locales/zh-CN'
import he from '../../i18n/locales/he'
import { describeError, failureCause, isPermanentRefusal, writeFailure } from './describe-error'

/** The demo emulator's answer when the browser's storage refused a write (src/emulator/errors.ts storageFull). */
const storageFull = () =>
  new ApiError({
    operation: 'albums.create',
    httpStatus: 507,
    status: 'RESOURCE_EXHAUSTED',
    message: 'The emulator could not save this change: its storage is full.',
    details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'EMULATOR_STORAGE_FULL', domain: 'shoebox-emulator' }],
  })

const http = (httpStatus: number, status: string, message = '', extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ operation: 'albums.create', httpStatus, status, message, ...extra })

let t: TFunction<'common'>
let tZh: TFunction<'common'>
let tHe: TFunction<'common'>
beforeAll(async () => {
  const make = async (lng: string) => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng, resources: { en, 'zh-CN': zh, he }, ns: Object.keys(en), defaultNS: 'common', interpolation: { escapeValue: false } })
    return i18n.getFixedT(lng, 'common') as TFunction<'common'>
  }
  t = await make('en')
  tZh = await make('zh-CN')
  tHe = await make('he')
})

describe('failureCause', () => {
  it.each([
    ['a 503', http(503, 'UNAVAILABLE', 'The service is currently unavailable.'), 'unavailable'],
    ['a 500', http(500, 'INTERNAL', 'Internal error encountered.'), 'unavailable'],
    ['a network failure', new NetworkError('albums.list', new TypeError('Failed to fetch')), 'offline'],
    ['a per-minute 429', http(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded', { quota: 'per-minute', retryAfterMs: 3000 }), 'quota'],
    ['a daily 429', http(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded', { quota: 'daily' }), 'daily-quota'],
    ['a 401', http(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'), 'auth'],
    [
      'a 403 for a missing scope',
      http(403, 'PERMISSION_DENIED', 'Request had insufficient authentication scopes.', { details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] }),
      'scope',
    ],
    ['a 403 on an album not created by the app', http(403, 'PERMISSION_DENIED', 'No permission to update this album: it must be created by this app and owned by the user.'), 'app-created'],
    ['a 400 adding to an album not created by the app', http(400, 'INVALID_ARGUMENT', 'No permission to add media items to this album.'), 'app-created'],
    ['another 403', http(403, 'PERMISSION_DENIED', 'The caller does not have permission'), 'denied'],
    ['a 400 INVALID_ARGUMENT', http(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'), 'invalid'],
    ['a 404', http(404, 'NOT_FOUND', 'Requested entity was not found.'), 'not-found'],
    ['a lost answer that could not be checked', new OutcomeUnknownError('albums.create', new TypeError('Failed to fetch')), 'outcome-unknown'],
    ['a session the user paused', Object.assign(new Error('Not now'), { name: 'AuthError', code: 'cancelled' }), 'paused'],
    ['the demo’s storage being full', storageFull(), 'storage-full'],
    ['a 507 without the emulator’s reason', http(507, 'RESOURCE_EXHAUSTED', 'Insufficient storage'), 'unavailable'],
    ['anything else', new Error('boom'), 'generic'],
  ] as const)('%s → %s', (_, error, cause) => {
    expect(failureCause(error)).toBe(cause)
  })

  it('a 503 is never blamed on the app-created rule', () => {
    expect(describeError(http(503, 'UNAVAILABLE'), t).body).not.toMatch(/created/i)
  })
})

describe('storage full (demo)', () => {
  it('says what happened and the way out, in every language, and a retry after freeing space is allowed', () => {
    const en = writeFailure(storageFull(), t)
    expect(en).toMatchObject({ cause: 'storage-full', retryable: true })
    expect(en.message).toMatch(/^The demo’s storage is full\. .*not saved.*Reset demo/)
    expect(en.message).not.toMatch(/Internal error|Google Photos had a problem/)
    expect(writeFailure(storageFull(), tZh).message).toMatch(/^演示的存储空间已满。.*重置演示/)
    expect(writeFailure(storageFull(), tHe).message).toMatch(/^האחסון של ההדגמה מלא\. .*איפוס ההדגמה/)
  })
})

describe('permanent refusals', () => {
  it.each([400, 403, 404, 409])('%i is permanent', (status) => expect(isPermanentRefusal(http(status, 'X'))).toBe(true))
  it.each([401, 408, 429, 500, 503])('%i is not', (status) => expect(isPermanentRefusal(http(status, 'X'))).toBe(false))
  it('network failures and unknown outcomes are not', () => {
    expect(isPermanentRefusal(new NetworkError('x', null))).toBe(false)
    expect(isPermanentRefusal(new OutcomeUnknownError('x', null))).toBe(false)
  })
  it('described errors carry it as retryable', () => {
    expect(describeError(http(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'), t).retryable).toBe(false)
    expect(describeError(http(503, 'UNAVAILABLE'), t).retryable).toBe(true)
    expect(describeError(Object.assign(new Error(), { name: 'AuthError', code: 'cancelled' }), t)).toMatchObject({ paused: true, retryable: false })
  })
})

describe('writeFailure', () => {
  it('names the cause in every language', () => {
    const quota = http(429, 'RESOURCE_EXHAUSTED', '', { quota: 'per-minute', retryAfterMs: 2500 })
    expect(writeFailure(quota, t).message).toBe('Google Photos is busy. Too many requests were made in a short time. Try again in 3 seconds.')
    const unknown = new OutcomeUnknownError('albums.create', null)
    expect(writeFailure(unknown, t).message).toMatch(/^Not confirmed\. .*could not check/)
    expect(writeFailure(unknown, tZh).message).toMatch(/^无法确认。/)
    expect(writeFailure(unknown, tHe).message).toMatch(/^לא אושר\. /)
    expect(writeFailure(unknown, t).message).toContain('The connection dropped')
    // A 5xx answer is not a dropped connection: the message says what came back.
    const afterServerError = new OutcomeUnknownError('albums.create', new Error('check failed'), http(503, 'UNAVAILABLE', 'The service is currently unavailable.'))
    expect(writeFailure(afterServerError, t).message).toBe(
      'Not confirmed. Google Photos answered with an error after the request went out, and Shoebox could not check whether it took effect. Reload to see what is there before trying again.',
    )
    expect(writeFailure(afterServerError, tZh).message).toContain('返回了错误')
    expect(writeFailure(afterServerError, tHe).message).toContain('החזיר שגיאה')
    const appCreated = http(403, 'PERMISSION_DENIED', 'No permission to update this media item: it must be created by this app and owned by the user.')
    expect(writeFailure(appCreated, t)).toMatchObject({ cause: 'app-created', retryable: false })
    expect(writeFailure(appCreated, t).message).toContain('Shoebox itself created')
  })
})
