// Which upload failures can succeed on Retry, and which the server will refuse again.
import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../../api'
import { uploadFailureOf } from './failure'

const failed = (error: Parameters<typeof uploadFailureOf>[0]['error']) => uploadFailureOf({ index: 0, fileName: 'holiday.jpg', status: 'failed', error })

describe('uploadFailureOf', () => {
  it('a file batchCreate refused for its contents (not an image, though named .jpg) is permanent', () => {
    expect(failed({ code: 13, message: 'There was an error while trying to create this media item.' })).toMatchObject({ errorKind: 'rejected', permanent: true })
    expect(failed({ code: 3, message: 'Failed: There was an error while trying to create this media item.' })).toMatchObject({ permanent: true })
  })

  it('a stale upload token is not: Retry uploads the bytes again', () => {
    expect(failed({ code: 3, message: 'Failed: the upload token is invalid, expired or already used.' }).permanent).toBe(false)
  })

  it('HTTP refusals follow the 4xx rule', () => {
    const http = (httpStatus: number) => failed(new ApiError({ operation: 'uploads.upload', httpStatus, status: 'X', message: 'm' }))
    expect(http(400)).toMatchObject({ errorKind: 'rejected', permanent: true })
    expect(http(403)).toMatchObject({ errorKind: 'permission', permanent: true })
    expect(http(401)).toMatchObject({ errorKind: 'permission', permanent: false })
    expect(http(429)).toMatchObject({ errorKind: 'quota', permanent: false })
    expect(http(503)).toMatchObject({ errorKind: 'server', permanent: false })
  })

  it('the demo’s full storage has its own kind, and Retry stays (after freeing space)', () => {
    const full = new ApiError({
      operation: 'uploads.upload',
      httpStatus: 507,
      status: 'RESOURCE_EXHAUSTED',
      message: 'The emulator could not save this change: its storage is full.',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'EMULATOR_STORAGE_FULL', domain: 'shoebox-emulator' }],
    })
    expect(failed(full)).toMatchObject({ errorKind: 'storage', permanent: false })
  })

  it('a lost connection can be retried', () => {
    expect(failed(new NetworkError('uploads.upload', new TypeError('Failed to fetch')))).toMatchObject({ errorKind: 'network', permanent: false })
  })
})
