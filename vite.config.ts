/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import type { Plugin } from 'vite'
import { contentSecurityPolicy, headersFile, securityConfigFromEnv, securityHeaders, type SecurityConfig } from './src/config/security-headers.ts'
import { DEMO_THUMBNAIL_SIZES } from './src/config/demo-thumbnails.ts'
import { FIRST_SCREEN_DATA_ID, FIRST_SCREEN_SCRIPT, type FirstScreenPreloads } from './src/config/first-screen.ts'
import { firstScreenChunks } from './src/config/first-screen-chunks.ts'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'

// Demo thumbnails (scripts/demo-library/thumbnails.mjs) go into the build output, beside the seed photos.
function demoThumbnails(): Plugin {
  let outDir = 'dist'
  return {
    name: 'shoebox-demo-thumbnails',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async writeBundle() {
      const { makeDemoThumbnails } = await import('./scripts/demo-library/thumbnails.mjs')
      await makeDemoThumbnails('public/demo-library', `${outDir}/demo-library/thumbs`, DEMO_THUMBNAIL_SIZES)
    },
  }
}

// What the first screen of the demo (/library) runs besides the entry, and what the welcome (a first visit to
// "/") runs: index.html preloads one set or the other, with their imports, so they download in parallel with the
// entry instead of in waves after it. The files both need are plain links; src/config/first-screen.ts picks the rest.
const LIBRARY_MODULES = [
  'src/app/render.tsx',
  'src/app/Shell.tsx',
  'src/app/pages/LibraryRoute.tsx',
  'src/i18n/locales/en/library.ts',
]
const WELCOME_MODULES = ['src/app/render.tsx', 'src/app/pages/StartRoute.tsx', 'src/i18n/locales/en/auth.ts']
const ENTRY_MODULE = 'src/main.tsx'

/** A feature's, a component folder's, the api's, queries' and auth's index.ts: re-exports only. */
const SIDE_EFFECT_FREE_BARREL = /[\\/]src[\\/](features[\\/][^\\/]+|components[\\/][^\\/]+|queries|api|auth)[\\/]index\.ts$/
/** The icon library's main module re-exports every icon: a first screen takes only the icons it names. */
const ICON_BARREL = /[\\/]node_modules[\\/]lucide-react[\\/]dist[\\/]esm[\\/]lucide-react\.mjs$/

const FIRST_SCREEN_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(FIRST_SCREEN_SCRIPT).digest('base64')}'`

function preloadFirstScreen(base: string): Plugin {
  return {
    name: 'shoebox-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
        const byFile = new Map(chunks.map((c) => [c.fileName, c]))
        const closure = (modules: string[]) => {
          const files = new Set<string>()
          const visit = (file: string) => {
            if (files.has(file)) return
            files.add(file)
            for (const imported of byFile.get(file)?.imports ?? []) visit(imported)
          }
          for (const module of modules) {
            const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${module}`))
            if (!chunk) throw new Error(`preloadFirstScreen: no chunk for ${module}`)
            visit(chunk.fileName)
          }
          // Files index.html already loads need no preload.
          return new Set([...files].filter((file) => !html.includes(`${base}${file}"`)))
        }
        const library = closure(LIBRARY_MODULES)
        const welcome = closure(WELCOME_MODULES)
        // The chunk groups (src/config/first-screen-chunks.ts) follow the module graph; this checks their outcome.
        const loads = (set: Set<string>, name: string) => [...set].filter((file) => byFile.get(file)?.name === name)
        const strays = [...loads(welcome, 'library-screen'), ...loads(library, 'welcome-screen')]
        if (strays.length) throw new Error(`preloadFirstScreen: a first screen loads the other's chunk (${strays.join(', ')})`)
        const both = [...library].filter((file) => welcome.has(file))
        const only = (set: Set<string>) => [...set].filter((file) => !both.includes(file)).map((file) => `${base}${file}`)
        const data: FirstScreenPreloads = { base, welcome: only(welcome), library: only(library) }
        const links = both.map((file) => `    <link rel="modulepreload" crossorigin href="${base}${file}">`)
        const chooser = [
          `    <script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${JSON.stringify(data)}</script>`,
          `    <script>${FIRST_SCREEN_SCRIPT}</script>`,
        ]
        return html.replace(/\s*<\/head>/, `\n${[...links, ...chooser].join('\n')}\n  </head>`)
      },
    },
  }
}

// In `npm run dev` the demo's emulator runs in the dev server (Node) instead of the service worker, so
// hot reload never fights a worker; a build hosts the very same handler in the service worker.
function devEmulator(base: string): Plugin {
  return {
    name: 'shoebox-dev-emulator',
    apply: 'serve',
    async configureServer(server) {
      if (process.env.VITEST) return // Vitest runs its own in-process emulators
      const { createDevEmulatorMiddleware } = (await server.ssrLoadModule('@shoebox/photos-emulator/node')) as typeof import('@shoebox/photos-emulator/node')
      const { root } = server.config
      server.middlewares.use(
        createDevEmulatorMiddleware({ seedDir: `${root}/public/demo-library`, dataDir: `${root}/.emulator-data`, basePath: `${base}__emulator` }),
      )
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
  const firstScreen = firstScreenChunks({
    root: fileURLToPath(new URL('.', import.meta.url)).replace(/[\\/]$/, ''),
    entry: ENTRY_MODULE,
    library: LIBRARY_MODULES,
    welcome: WELCOME_MODULES,
    barrel: new RegExp(`${SIDE_EFFECT_FREE_BARREL.source}|${ICON_BARREL.source}`),
    apart: /[\\/]src[\\/]i18n[\\/]locales[\\/]/,
  })
  return {
    base,
    plugins: [
      react(),
      tailwindcss(),
      // react-aria ships its built-in strings (dialog buttons, date fields) for ~35 locales; keep the app's three.
      optimizeLocales.vite({ locales: ['en', 'zh', 'he'] }),
      devEmulator(base),
      // CSP and friends, from this build's configured API, upload and picker URLs.
      securityHeadersPlugin({ ...securityConfigFromEnv(env), inlineScripts: [FIRST_SCREEN_SCRIPT_SOURCE] }, base),
      preloadFirstScreen(base),
      demoThumbnails(),
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
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Few files before the first paint: what the entry runs ("boot"), the libraries every page renders with
            // ("runtime"), and the first screens' own code ("shell", "library-screen", "welcome-screen"; see
            // src/config/first-screen-chunks.ts). A higher priority group takes its modules first.
            groups: [
              { name: firstScreen.boot, debugName: 'boot', priority: 4 },
              {
                name: 'runtime',
                test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|use-sync-external-store|@tanstack[\\/](query-core|react-query))[\\/]/,
                priority: 3,
              },
              { name: firstScreen.shell, debugName: 'shell', priority: 2 },
              { name: firstScreen.screen, debugName: 'library-screen or welcome-screen', priority: 1 },
            ],
          },
        },
        // A barrel (a feature's, a component folder's, the api, queries and auth index.ts) only re-exports: marked free
        // of side effects, so a module that uses one export of it does not pull in the rest. Before, the route
        // skeleton's one import from the media grid's barrel put the whole grid and its virtualizer on every page.
        treeshake: { moduleSideEffects: (id: string) => !SIDE_EFFECT_FREE_BARREL.test(id) },
      },
    },
    test: {
      // The app's tests, and each workspace package's own (with its own config): one run, one report.
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            setupFiles: ['./src/test/setup.ts'],
            include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'relay/**/*.test.ts'],
            testTimeout: 15_000,
          },
        },
        'packages/*',
      ],
    },
  }
})
