// SeedBytes that read files from a directory on disk.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SeedBytes } from '../types'

export function createFsSeedBytes(dir: string): SeedBytes {
  return {
    async read(file: string): Promise<Uint8Array> {
      if (file.includes('..')) throw new Error(`bad seed file name ${file}`)
      return new Uint8Array(await readFile(join(dir, file)))
    },
  }
}
