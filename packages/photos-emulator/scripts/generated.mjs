// Shared by the generators: the discovery document they read, and writing a generated file (or, with --check,
// failing when the committed one differs).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const packageDir = fileURLToPath(new URL('..', import.meta.url))

/** Google's discovery document, the contract the package implements (the repository's contract/ folder). */
export const discovery = JSON.parse(readFileSync(`${packageDir}../../contract/photoslibrary-v1.discovery.json`, 'utf8'))

/** Writes `text` to `file` (relative to the package), or with `--check` exits 1 when the file differs. */
export function writeGenerated(file, text) {
  const target = `${packageDir}${file}`
  if (!process.argv.includes('--check')) return writeFileSync(target, text)
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${file} is out of date: run npm run generate -w @shoebox/photos-emulator`)
    process.exit(1)
  }
}
