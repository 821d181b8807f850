// @vitest-environment ./src/emulator/test-support/node-env.ts
import exifr from 'exifr'
import { describe, expect, it } from 'vitest'
import type { Album, MediaItem } from '../api/types.gen'
import { setup } from './test-support/helpers'
import { jpeg, sizeOf } from './test-support/images'

describe('media bytes behind baseUrl', () => {
  it('=wW, =hH, =wW-hH fit without upscaling; -c crops exactly; no Authorization needed', async () => {
    const { emu, demo } = setup()
    const id = await demo.create(await jpeg(800, 600))
    const { baseUrl } = (await demo.get<MediaItem>(`/v1/mediaItems/${id}`)).body
    const fetchSize = async (p: string) => {
      const r = await emu.fetch(`${baseUrl}=${p}`)
      expect(r.status).toBe(200)
      expect(r.headers.get('Content-Type')).toBe('image/jpeg')
      return sizeOf(await r.arrayBuffer())
    }
    expect(await fetchSize('w200')).toMatchObject({ width: 200, height: 150 })
    expect(await fetchSize('h300')).toMatchObject({ width: 400, height: 300 })
    expect(await fetchSize('w256-h256')).toMatchObject({ width: 256, height: 192 })
    expect(await fetchSize('h256-w100')).toMatchObject({ width: 100, height: 75 })
    expect(await fetchSize('w4000-h4000')).toMatchObject({ width: 800, height: 600 })
    expect(await fetchSize('w180-h180-c')).toMatchObject({ width: 180, height: 180 })
    expect(await fetchSize('h200-w300-c')).toMatchObject({ width: 300, height: 200 })
    const r = await emu.fetch(`${baseUrl}=w100`)
    const cc = r.headers.get('Cache-Control') ?? ''
    expect(Number(/max-age=(\d+)/.exec(cc)?.[1])).toBeLessThanOrEqual(3600)
    expect((await emu.fetch(`${baseUrl}=bogus`)).status).toBe(400)
  })

  it('=d gives the original bytes with EXIF but without GPS', async () => {
    const { emu, demo } = setup()
    const original = await jpeg(120, 80, { gps: true, date: '2022:02:02 02:02:02' })
    expect(await exifr.gps(original)).toBeTruthy()
    const id = await demo.create(original)
    const { baseUrl } = (await demo.get<MediaItem>(`/v1/mediaItems/${id}`)).body
    const r = await emu.fetch(`${baseUrl}=d`)
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect(bytes.length).toBe(original.length)
    const tags = (await exifr.parse(bytes, { gps: true })) as Record<string, unknown>
    expect(tags.Make).toBe('TestMake')
    expect(tags.latitude).toBeUndefined()
    expect(await sizeOf(bytes)).toMatchObject({ width: 120, height: 80 })
  })

  it('baseUrls expire 60 minutes after issue (403); a fresh get renews them', async () => {
    const { emu, demo } = setup()
    const id = await demo.create(await jpeg(50, 50))
    const { baseUrl } = (await demo.get<MediaItem>(`/v1/mediaItems/${id}`)).body
    emu.clock.advance(59 * 60_000)
    expect((await emu.fetch(`${baseUrl}=w10`)).status).toBe(200)
    emu.clock.advance(2 * 60_000)
    expect((await emu.fetch(`${baseUrl}=w10`)).status).toBe(403)
    const fresh = (await demo.get<MediaItem>(`/v1/mediaItems/${id}`)).body.baseUrl
    expect((await emu.fetch(`${fresh}=w10`)).status).toBe(200)
    // tampering with the url → 404
    expect((await emu.fetch(`${fresh?.slice(0, -3)}abc=w10`)).status).toBe(404)
  })

  it('seed video: =w-h gives the poster, =dv the bytes with Range support (206)', async () => {
    const { emu, demo } = setup()
    const v = (await demo.post<{ mediaItems: MediaItem[] }>('/v1/mediaItems:search', { filters: { mediaTypeFilter: { mediaTypes: ['VIDEO'] } } })).body.mediaItems[0]
    const poster = await emu.fetch(`${v.baseUrl}=w160-h120`)
    expect(await sizeOf(await poster.arrayBuffer())).toMatchObject({ width: 160, height: 120, format: 'jpeg' })
    const full = await emu.fetch(`${v.baseUrl}=dv`)
    expect(full.headers.get('Content-Type')).toBe('video/mp4')
    expect(full.headers.get('Accept-Ranges')).toBe('bytes')
    const total = (await full.arrayBuffer()).byteLength
    const part = await emu.fetch(`${v.baseUrl}=dv`, { headers: { Range: 'bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('Content-Range')).toBe(`bytes 100-199/${total}`)
    expect((await part.arrayBuffer()).byteLength).toBe(100)
    const tail = await emu.fetch(`${v.baseUrl}=dv`, { headers: { Range: 'bytes=-10' } })
    expect((await tail.arrayBuffer()).byteLength).toBe(10)
    expect((await emu.fetch(`${v.baseUrl}=dv`, { headers: { Range: `bytes=${total + 5}-` } })).status).toBe(416)
  })

  it('cover photo and contributor avatar urls work', async () => {
    const { emu, demo } = setup()
    const albums = (await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums
    const cover = albums.find((a) => a.coverPhotoBaseUrl)?.coverPhotoBaseUrl
    const r = await emu.fetch(`${cover}=w100-h100-c`)
    expect(await sizeOf(await r.arrayBuffer())).toMatchObject({ width: 100, height: 100 })
    const shoebox = albums.find((a) => a.shareInfo)
    const s = await demo.post<{ mediaItems: MediaItem[] }>('/v1/mediaItems:search', { albumId: shoebox?.id })
    const avatar = s.body.mediaItems[0].contributorInfo?.profilePictureBaseUrl
    const av = await emu.fetch(`${avatar}=s64`.replace('=s64', '=w64-h64'))
    expect(av.headers.get('Content-Type')).toBe('image/svg+xml')
    expect(await av.text()).toContain('>DU<')
  })
})
