/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'
import { contentSecurityPolicy, headersFile, securityConfigFromEnv, securityHeaders, type SecurityConfig } from './src/config/security-headers.ts'

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

// The app's security headers (src/config/security-headers.ts) as a CSP meta tag in the built index.html, a
// `_headers` file in the build output, and real headers from `vite preview` (so `npm start`) and the dev server.
function securityHeadersPlugin(security: SecurityConfig, basePath: string): Plugin {
  const headers = securityHeaders(security)
  return {
    name: 'shoebox-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // Dev serves inline scripts (React refresh) and styles (HMR): the policy applies to builds only.
        if (ctx.server) return []
        const csp = contentSecurityPolicy(security, { forMeta: true })
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
        ]
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(basePath, headers) })
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        next()
      })
    },
    configureServer(server) {
      // Dev: everything but the script and style rules, so framing and referrers behave as in production.
      const { 'Content-Security-Policy': _csp, ...rest } = headers
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(rest)) res.setHeader(name, value)
        res.setHeader('Content-Security-Policy', "frame-ancestors 'none'")
        next()
      })
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
      // CSP and friends, from this build's configured API, upload and picker URLs.
      securityHeadersPlugin(securityConfigFromEnv(env), base),
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
    build: { target: 'es2022', sourcemap: false },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      testTimeout: 15_000,
    },
  }
})
