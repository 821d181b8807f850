// Per-request context and the shared emulator core state (store, config, clock). Persistence is not here: the
// app (app.ts) flushes it after every request that may have changed state.
import type { Access } from './auth'
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
  /** What the token's scopes allow inside this method (auth.ts `accessOf`). */
  access: Access
  /** `${origin}${basePath}` of the incoming request. */
  root: string
  url: URL
  request: Request
}
