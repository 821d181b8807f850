// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { receiveShare, SHARED_PARAM, takeSharedFiles } from './share-target'

/** Cache Storage in memory, enough for the share target (open, put, match, keys, delete by URL). */
class MemoryCache implements Cache {
  private readonly store = new Map<string, Response>()
  private static url = (r: RequestInfo | URL) => (typeof r === 'string' ? r : r instanceof URL ? r.href : r.url)
  async put(r: RequestInfo | URL, res: Response) {
    this.store.set(MemoryCache.url(r), res)
  }
  async match(r: RequestInfo | URL) {
    return this.store.get(MemoryCache.url(r))?.clone()
  }
  async matchAll() {
    return [...this.store.values()].map((r) => r.clone())
  }
  async keys() {
    return [...this.store.keys()].map((u) => new Request(u))
  }
  async delete(r: RequestInfo | URL) {
    return this.store.delete(MemoryCache.url(r))
  }
  async add(): Promise<void> {
    throw new Error('not used')
  }
  async addAll(): Promise<void> {
    throw new Error('not used')
  }
}

class MemoryCaches implements CacheStorage {
  private readonly caches = new Map<string, MemoryCache>()
  async open(name: string) {
    const cache = this.caches.get(name) ?? new MemoryCache()
    this.caches.set(name, cache)
    return cache
  }
  async has(name: string) {
    return this.caches.has(name)
  }
  async delete(name: string) {
    return this.caches.delete(name)
  }
  async keys() {
    return [...this.caches.keys()]
  }
  async match() {
    return undefined
  }
}

const memoryCaches = () => new MemoryCaches()

const scope = 'https://shoebox.test/'

function sharePost(files: File[], extra: Record<string, string> = {}) {
  const form = new FormData()
  for (const f of files) form.append('media', f)
  for (const [k, v] of Object.entries(extra)) form.append(k, v)
  return new Request(`${scope}share-target`, { method: 'POST', body: form })
}

describe('share target', () => {
  it('keeps the shared photos and videos and redirects to the upload page, which takes them in order', async () => {
    const caches = memoryCaches()
    const photo = new File([new Uint8Array([1, 2, 3])], 'beach.jpg', { type: 'image/jpeg' })
    const video = new File([new Uint8Array([4, 5])], 'clip.mp4', { type: 'video/mp4' })
    const text = new File(['hello'], 'notes.txt', { type: 'text/plain' })
    const res = await receiveShare(sharePost([photo, text, video], { title: 'From the gallery' }), { scope, uploadPath: 'upload', caches, newId: () => 'abc' })
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get('Location') ?? '')
    expect(location.pathname).toBe('/upload')
    expect(location.searchParams.get(SHARED_PARAM)).toBe('abc')

    const files = await takeSharedFiles('abc', { scope, caches })
    expect(files.map((f) => [f.name, f.type, f.size])).toEqual([
      ['beach.jpg', 'image/jpeg', 3],
      ['clip.mp4', 'video/mp4', 2],
    ])
    expect(new Uint8Array(await files[0].arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
    // Taken means gone: a reload of the upload page does not add them twice.
    expect(await takeSharedFiles('abc', { scope, caches })).toEqual([])
  })

  it('opens the upload page with nothing when no photo or video came, or the body is not a form', async () => {
    const caches = memoryCaches()
    const deps = { scope, uploadPath: 'upload', caches, newId: () => 'x' }
    const onlyText = await receiveShare(sharePost([new File(['a'], 'a.txt', { type: 'text/plain' })]), deps)
    expect(onlyText.headers.get('Location')).toBe(`${scope}upload`)
    const stray = await receiveShare(new Request(`${scope}share-target`, { method: 'POST', body: 'nope' }), deps)
    expect(stray.status).toBe(303)
    expect(stray.headers.get('Location')).toBe(`${scope}upload`)
  })

  it('keeps two shares apart, under a sub-path scope too', async () => {
    const caches = memoryCaches()
    const sub = 'https://example.org/shoebox/'
    let n = 0
    const deps = { scope: sub, uploadPath: 'upload', caches, newId: () => `s${++n}` }
    const a = await receiveShare(sharePost([new File([new Uint8Array([1])], 'a.png', { type: 'image/png' })]), deps)
    await receiveShare(sharePost([new File([new Uint8Array([2])], 'b.png', { type: 'image/png' })]), deps)
    expect(a.headers.get('Location')).toBe('https://example.org/shoebox/upload?shared=s1')
    expect((await takeSharedFiles('s2', { scope: sub, caches })).map((f) => f.name)).toEqual(['b.png'])
    expect((await takeSharedFiles('s1', { scope: sub, caches })).map((f) => f.name)).toEqual(['a.png'])
  })
})
