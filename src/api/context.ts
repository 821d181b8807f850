// What every resource module receives from createPhotosClient.
import type { HttpCore } from './http'

export interface ApiContext {
  http: HttpCore
  /** API root without a trailing slash, e.g. `https://photoslibrary.googleapis.com` or `${origin}/__emulator`. */
  baseUrl: string
  /** Runs `task` after every earlier task of this client settled: batchCreate is never sent in parallel per user. */
  serializeCreate: <T>(task: () => Promise<T>) => Promise<T>
}

export function createSerializer(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (task) => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}

export interface CallOptions {
  signal?: AbortSignal
}

export interface BatchOptions extends CallOptions {
  /** Called after each chunk of ≤50 succeeds: `done` ids of `total` are applied. */
  onProgress?: (done: number, total: number) => void
}
