// Vitest environment for emulator tests: Node's own globals (fetch, Request, Uint8Array from one realm),
// plus an inert HTMLElement so the shared DOM-oriented src/test/setup.ts can run unchanged.
import { builtinEnvironments, type Environment } from 'vitest/environments'

const env: Environment = {
  name: 'emulator-node',
  viteEnvironment: 'ssr',
  async setup(global: Record<string, unknown>, options) {
    const base = await builtinEnvironments.node.setup(global, options)
    const added = !('HTMLElement' in global)
    if (added) global.HTMLElement = class HTMLElement {}
    return {
      async teardown(g: Record<string, unknown>) {
        if (added) delete g.HTMLElement
        await base.teardown(g)
      },
    }
  },
}
export default env
