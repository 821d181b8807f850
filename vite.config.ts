/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'

// In `npm run dev` the demo's emulator runs in the dev server (Node) instead of the service worker, so
// hot reload never fights a worker; a build hosts the very same handler in the service worker.
function devEmulator(base: string): Plugin {
  return {
    name: 'shoebox-dev-emulator',
    apply: 'serve',
    async configureServer(server) {
      if (process.env.VITEST) return // Vitest runs its own in-process emulators
      const { createDevEmulatorMiddleware } = (await server.ssrLoadModule('/src/emulator/node/dev-host.ts')) as typeof import('./src/emulator/node/dev-host')
      server.middlewares.use(createDevEmulatorMiddleware(server.config.root, `${base}__emulator`))
    },
  }
}

// One build serves Google mode and demo mode. The service worker (src/sw.ts) precaches the shell and hosts
// the demo emulator under /__emulator/, so there is a single worker for scope "/".
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const base = env.VITE_BASE_PATH || '/'
  return {
    base,
    plugins: [
      react(),
      tailwindcss(),
      devEmulator(base),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src',
        filename: 'sw.ts',
        registerType: 'prompt',
        injectRegister: false,
        manifest: false,
        injectManifest: {
          globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
          globIgnores: ['demo-library/**'],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        },
      }),
    ],
    build: { target: 'es2022', sourcemap: false, manifest: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      testTimeout: 15_000,
    },
  }
})
