import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { forgetImport, recordImport, recordedImports } from './imported'

describe('imports kept on this device', () => {
  it('maps picked ids to created items per account, and forgets on request', async () => {
    await recordImport('demo:demo', 'picked-1', 'created-1')
    await recordImport('demo:alice', 'picked-1', 'created-alice')
    expect(await recordedImports('demo:demo', ['picked-1', 'picked-2'])).toEqual(new Map([['picked-1', 'created-1']]))
    expect(await recordedImports('demo:alice', ['picked-1'])).toEqual(new Map([['picked-1', 'created-alice']]))
    await forgetImport('demo:demo', 'picked-1')
    expect((await recordedImports('demo:demo', ['picked-1'])).size).toBe(0)
  })
})

describe('forgetting an account on sign-out', () => {
  it("deletes that account's records and keeps the others'", async () => {
    const { forgetLocalRecords } = await import('../../../auth/local-records')
    await recordImport('google:ada@example.com', 'p1', 'm1')
    await recordImport('google:bob@example.com', 'p1', 'm9')
    await forgetLocalRecords('google:ada@example.com')
    expect(await recordedImports('google:ada@example.com', ['p1'])).toEqual(new Map())
    expect(await recordedImports('google:bob@example.com', ['p1'])).toEqual(new Map([['p1', 'm9']]))
  })
})
