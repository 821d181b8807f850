import { describe, expect, it } from 'vitest'
import { holdsUnsentFile, isActive, queueReducer, summarize, type UploadEntry } from './queue'

const entry = (id: string, size = 1000, status: UploadEntry['status'] = 'queued'): UploadEntry => ({
  id,
  file: new File(['x'], `${id}.jpg`),
  name: `${id}.jpg`,
  size,
  status,
  destination: {},
  bytesSent: 0,
  addedAt: 0,
})

describe('queueReducer', () => {
  it('walks a file from queued to done', () => {
    let q = queueReducer([], { type: 'add', entries: [entry('a')] })
    q = queueReducer(q, { type: 'start', id: 'a', now: 0 })
    expect(q[0]!.status).toBe('uploading')
    q = queueReducer(q, { type: 'progress', id: 'a', bytesSent: 500, now: 1000 })
    expect(q[0]).toMatchObject({ bytesSent: 500, speed: 500 })
    q = queueReducer(q, { type: 'progress', id: 'a', bytesSent: 1000, now: 1500 })
    expect(q[0]!.speed).toBeCloseTo(500 * 0.7 + 1000 * 0.3)
    q = queueReducer(q, { type: 'creating', id: 'a' })
    q = queueReducer(q, { type: 'done', id: 'a', mediaItemId: 'm1' })
    expect(q[0]).toMatchObject({ status: 'done', mediaItemId: 'm1', bytesSent: 1000 })
    expect(isActive(q[0]!)).toBe(false)
  })

  it('keeps failed files for a retry, which starts them over', () => {
    let q = queueReducer([entry('a')], { type: 'progress', id: 'a', bytesSent: 300, now: 1 })
    q = queueReducer(q, { type: 'failed', id: 'a', errorKind: 'network' })
    expect(q[0]).toMatchObject({ status: 'failed', errorKind: 'network' })
    q = queueReducer(q, { type: 'clearFinished' })
    expect(q).toHaveLength(1)
    q = queueReducer(q, { type: 'retry', id: 'a' })
    expect(q[0]).toMatchObject({ status: 'queued', bytesSent: 0, errorKind: undefined })
  })

  it('a permanent refusal cannot be retried', () => {
    let q = queueReducer([entry('a')], { type: 'failed', id: 'a', errorKind: 'rejected', permanent: true })
    expect(q[0]).toMatchObject({ status: 'failed', permanent: true })
    q = queueReducer(q, { type: 'retry', id: 'a' })
    expect(q[0]!.status).toBe('failed')
  })

  it('never goes backwards in bytes and never past the size', () => {
    let q = queueReducer([entry('a')], { type: 'progress', id: 'a', bytesSent: 800, now: 1 })
    q = queueReducer(q, { type: 'progress', id: 'a', bytesSent: 200, now: 2 })
    expect(q[0]!.bytesSent).toBe(800)
    q = queueReducer(q, { type: 'progress', id: 'a', bytesSent: 5000, now: 3 })
    expect(q[0]!.bytesSent).toBe(1000)
  })

  it('dismisses only finished entries and clears done and refused ones', () => {
    const q = [entry('a', 10, 'uploading'), entry('b', 10, 'done'), entry('c', 10, 'refused'), entry('d', 10, 'failed')]
    expect(queueReducer(q, { type: 'dismiss', id: 'a' })).toHaveLength(4)
    expect(queueReducer(q, { type: 'dismiss', id: 'b' }).map((e) => e.id)).toEqual(['a', 'c', 'd'])
    expect(queueReducer(q, { type: 'clearFinished' }).map((e) => e.id)).toEqual(['a', 'd'])
  })

  it('keeps waiting files until they are sent, then sends only those named, to the chosen destination', () => {
    let q = [entry('a', 10, 'waiting'), entry('b', 10, 'waiting'), entry('c', 10, 'done')]
    expect(queueReducer(q, { type: 'clearFinished' }).map((e) => e.id)).toEqual(['a', 'b'])
    expect(holdsUnsentFile(q[0]!)).toBe(true)
    q = queueReducer(q, { type: 'send', ids: ['a', 'c'], destination: { albumId: 'al1', albumTitle: 'Trip' } })
    expect(q.map((e) => [e.id, e.status, e.destination.albumId])).toEqual([
      ['a', 'queued', 'al1'],
      ['b', 'waiting', undefined],
      ['c', 'done', undefined],
    ])
    // One waiting file can be taken out of the queue.
    expect(queueReducer(q, { type: 'dismiss', id: 'b' }).map((e) => e.id)).toEqual(['a', 'c'])
  })
})

describe('summarize', () => {
  it('counts work and bytes, leaving refused files out', () => {
    const q = [{ ...entry('a', 100, 'uploading'), bytesSent: 40 }, entry('b', 100, 'done'), entry('c', 100, 'refused'), entry('d', 100, 'failed')]
    expect(summarize(q)).toEqual({ total: 3, active: 1, done: 1, failed: 1, refused: 1, waiting: 0, bytesSent: 140, bytesTotal: 300 })
  })

  it('counts waiting files apart from the work', () => {
    expect(summarize([entry('a', 100, 'waiting'), entry('b', 100, 'queued')])).toMatchObject({ total: 1, active: 1, waiting: 1, bytesTotal: 100 })
  })
})
