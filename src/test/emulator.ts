// The app's tests run the emulator package's test emulator over the app's own demo library (public/demo-library),
// the seed the demo ships with; `seed: 'fixture'` picks the package's small fixture instead.
import { resolve } from 'node:path'
import { createTestEmulator as createPackageTestEmulator, type TestEmulator, type TestEmulatorOptions } from '@shoebox/photos-emulator/testing'

export { FIXTURE_DIR, type TestEmulator } from '@shoebox/photos-emulator/testing'

// Under jsdom a module's import.meta has no file location: Vitest runs from the repository root then.
const here = (import.meta as { dirname?: string }).dirname
const DEMO_LIBRARY_DIR = `${here ? resolve(here, '../../public/demo-library') : resolve('public/demo-library')}/`

export function createTestEmulator(opts: TestEmulatorOptions = {}): TestEmulator {
  return createPackageTestEmulator({ seedDir: DEMO_LIBRARY_DIR, ...opts })
}
