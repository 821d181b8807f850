// @vitest-environment ./src/emulator/test-support/node-env.ts
import { it, expect } from 'vitest'
import { createTestEmulator } from './testing'
it('smoke', async () => {
  const emu = createTestEmulator()
  const h = { Authorization: 'Bearer demo' }
  let r = await emu.fetch('http://emulator.test/v1/albums', { headers: h })
  const albums = await r.json()
  r = await emu.fetch('/v1/mediaItems?pageSize=3', { headers: h })
  const items = await r.json()
  r = await emu.fetch(items.mediaItems[0].baseUrl + '=w100-h100')
  expect(emu.validated).toBeGreaterThan(0)
})
