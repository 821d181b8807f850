import exifr from 'exifr'
import { describe, expect, it } from 'vitest'
import type { Album, MediaItem } from './api-types.gen'
import { setup } from './test-support/helpers'
import { jpeg, sizeOf } from './test-support/images'
import { createSharpResizer } from './node/sharp-resizer'

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
    const shoebox = albums.find((a) => a.shareInfo?.isOwned)
    const s = await demo.post<{ mediaItems: MediaItem[] }>('/v1/mediaItems:search', { albumId: shoebox?.id })
    const avatar = s.body.mediaItems[0].contributorInfo?.profilePictureBaseUrl
    const av = await emu.fetch(`${avatar}=s64`.replace('=s64', '=w64-h64'))
    expect(av.headers.get('Content-Type')).toBe('image/svg+xml')
    expect(await av.text()).toContain('>DU<')
  })
})

describe('ready-made thumbnails of seed photos', () => {
  it('answer grid sizes from the smallest thumbnail that covers them; bigger sizes scale the full photo', async () => {
    const reads: string[] = []
    const resizer = createSharpResizer()
    const { emu, demo } = setup({
      seedBytes: (disk) => ({
        async read(file) {
          reads.push(`full ${file}`)
          return disk.read(file)
        },
        thumbnailSizes: [256, 512],
        async readThumbnail(file, size) {
          reads.push(`${size} ${file}`)
          return resizer.resize(await disk.read(file), { width: size, height: size, crop: false })
        },
      }),
    })
    const page = await demo.get<{ mediaItems: MediaItem[] }>('/v1/mediaItems?pageSize=100')
    const photo = page.body.mediaItems.find((m) => m.filename && m.mediaMetadata?.width === '640' && m.mediaMetadata.height === '427')!
    const fetchSize = async (p: string) => {
      reads.length = 0
      const r = await emu.fetch(`${photo.baseUrl}=${p}`)
      expect(r.status).toBe(200)
      return sizeOf(await r.arrayBuffer())
    }
    // 640×427 fitted into 256×256 is 256×171: the 256 thumbnail covers it.
    expect(await fetchSize('w256-h256')).toMatchObject({ width: 256, height: 171 })
    expect(reads).toEqual(['256 beach-sunset.jpg'])
    // Cropped to 256×256 it needs 384 px on the long side: the 512 thumbnail.
    expect(await fetchSize('w256-h256-c')).toMatchObject({ width: 256, height: 256 })
    expect(reads).toEqual(['512 beach-sunset.jpg'])
    // Nothing ready-made is big enough for 600 px wide: the full photo.
    expect(await fetchSize('w600-h600')).toMatchObject({ width: 600, height: 400 })
    expect(reads).toEqual(['full beach-sunset.jpg'])
  })

  it('answer a box whose long side is a ready-made size with that very file, not a re-encoded copy', async () => {
    const made = new Map<string, Uint8Array>()
    const resizer = createSharpResizer()
    const { emu, demo } = setup({
      seedBytes: (disk) => ({
        read: (file) => disk.read(file),
        thumbnailSizes: [192, 256, 512],
        async readThumbnail(file, size) {
          const bytes = await resizer.resize(await disk.read(file), { width: size, height: size, crop: false })
          made.set(`${size} ${file}`, bytes)
          return bytes
        },
      }),
    })
    const page = await demo.get<{ mediaItems: MediaItem[] }>('/v1/mediaItems?pageSize=100')
    const photo = page.body.mediaItems.find((m) => m.filename && m.mediaMetadata?.width === '640' && m.mediaMetadata.height === '427')!
    const bytesOf = async (p: string) => new Uint8Array(await (await emu.fetch(`${photo.baseUrl}=${p}`)).arrayBuffer())
    // 640×427 into 256×256 (or 256 wide, or a box taller than needed): the long side is 256, the 256 file as it is.
    for (const p of ['w256-h256', 'w256', 'w256-h400']) expect(await bytesOf(p)).toEqual(made.get('256 beach-sunset.jpg'))
    // Limited by its height: 128 px high is 192 px wide, the 192 file.
    expect(await bytesOf('w384-h128')).toEqual(made.get('192 beach-sunset.jpg'))
    // A box between sizes is scaled from the bigger file; a crop is never the ready-made file.
    expect(await bytesOf('w220-h220')).not.toEqual(made.get('256 beach-sunset.jpg'))
    expect(await sizeOf(await bytesOf('w220-h220'))).toMatchObject({ width: 220 })
    expect(await sizeOf(await bytesOf('w256-h256-c'))).toMatchObject({ width: 256, height: 256 })
  })
})
