// Per-request context and the shared emulator core state (store, config, clock, persistence).
import type { EmulatorConfig, EmulatorOptions } from './types'
import type { Store } from './state'

export interface Core {
  opts: EmulatorOptions
  basePath: string
  config: EmulatorConfig
  store: Store
  now(): number
  /** Secret mixed into baseUrl signatures. */
  secret(): string
}

export interface Ctx {
  core: Core
  user: string
  /** `${origin}${basePath}` of the incoming request. */
  root: string
  url: URL
  request: Request
  /** Set by handlers that changed state; the host flushes persistence afterwards. */
}
