// Which chunk a module goes in, so that each first screen downloads a handful of files instead of dozens of small
// shared ones: each file costs a request (six at a time over HTTP/1.1, each with its round trip) and compresses on
// its own. vite.config.ts gives these as rolldown's `codeSplitting` groups:
//   boot            what the entry runs before React (the language, the theme, the service worker)
//   shell           what both first screens need (React's tree, the frame, the API client…)
//   library-screen  what only the library adds (the media grid, its virtualizer…)
//   welcome-screen  what only the welcome adds
// Everything else keeps rolldown's automatic chunks. Plain TypeScript with no import.meta.env: vite.config.ts
// (Node) imports it.

/** What rolldown's chunking context tells about a module (the parts used here). */
export interface ModuleGraphInfo {
  importedIds: readonly string[]
  exports: readonly string[]
  code: string | null
}

export interface ModuleGraph {
  getModuleInfo(id: string): ModuleGraphInfo | null
}

export interface FirstScreenModules {
  /** The project root, as module ids start (no trailing slash). */
  root: string
  /** The entry module (relative to root). */
  entry: string
  /** What the library's first screen loads (relative to root): its closure is the library's code. */
  library: readonly string[]
  /** What the welcome loads (relative to root). */
  welcome: readonly string[]
  /** Re-export-only modules (index.ts barrels), followed only for the names an importer takes from them. */
  barrel: RegExp
  /** Modules no group takes (the language catalogues: they load per language). */
  apart: RegExp
}

export type FirstScreenChunk = 'boot' | 'shell' | 'library-screen' | 'welcome-screen'

const NAMED_IMPORT = /\b(?:import|export)\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g
const STAR_IMPORT = /\b(?:import|export)\s*\*(?:\s*as\s+[\w$]+)?\s*from\s*["']([^"']+)["']/g

function normalize(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return `${path.startsWith('/') ? '/' : ''}${parts.join('/')}`
}

function refersTo(importer: string, specifier: string, barrel: string): boolean {
  if (!specifier.startsWith('.')) return false
  const target = normalize(`${importer.slice(0, importer.lastIndexOf('/'))}/${specifier}`)
  return target === barrel || target === barrel.replace(/\.[^./]+$/, '') || target === barrel.slice(0, barrel.lastIndexOf('/'))
}

/** The names `importer` takes from `barrel`, or 'all' when it takes everything or its code does not say. */
export function namesTakenFrom(code: string | null, importer: string, barrel: string): Set<string> | 'all' {
  if (code === null) return 'all'
  for (const [, specifier] of code.matchAll(STAR_IMPORT)) if (refersTo(importer, specifier!, barrel)) return 'all'
  const names = new Set<string>()
  for (const [, list, specifier] of code.matchAll(NAMED_IMPORT)) {
    if (!refersTo(importer, specifier!, barrel)) continue
    for (const item of list!.split(',')) {
      const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]
      if (name) names.add(name)
    }
  }
  return names.size ? names : 'all'
}

/**
 * The modules `starts` import statically, directly or not. A barrel is followed only to the modules that export
 * what its importers take from it, as tree-shaking will; a name no module exports as such (a renamed re-export)
 * follows all of the barrel's imports.
 */
export function staticClosure(graph: ModuleGraph, starts: readonly string[], isBarrel: (id: string) => boolean): Set<string> {
  const seen = new Set<string>()
  const followed = new Map<string, Set<string>>()
  const visitModule = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    const info = graph.getModuleInfo(id)
    for (const imported of info?.importedIds ?? []) {
      if (isBarrel(imported)) visitBarrel(imported, namesTakenFrom(info!.code, id, imported))
      else visitModule(imported)
    }
  }
  const visitBarrel = (barrel: string, names: Set<string> | 'all') => {
    seen.add(barrel)
    const info = graph.getModuleInfo(barrel)
    if (!info) return
    const done = followed.get(barrel) ?? new Set<string>()
    followed.set(barrel, done)
    const fresh = [...(names === 'all' ? info.exports : names)].filter((name) => !done.has(name))
    for (const name of fresh) done.add(name)
    const unfound = new Set(fresh)
    for (const target of info.importedIds) {
      const exported = new Set(graph.getModuleInfo(target)?.exports ?? [])
      const hits = fresh.filter((name) => exported.has(name))
      for (const name of hits) unfound.delete(name)
      if (!hits.length) continue
      if (isBarrel(target)) visitBarrel(target, new Set(hits))
      else visitModule(target)
    }
    if (!unfound.size) return
    for (const target of info.importedIds) {
      if (isBarrel(target)) visitBarrel(target, 'all')
      else visitModule(target)
    }
  }
  for (const start of starts) {
    if (isBarrel(start)) visitBarrel(start, 'all')
    else visitModule(start)
  }
  return seen
}

/**
 * Name functions for rolldown's chunk groups (give `boot` the highest priority, then `shell`, then `screen`, so a
 * group never takes in a module of a group before it). The closures are computed once, on the first call.
 */
export function firstScreenChunks(modules: FirstScreenModules) {
  let closures: { boot: Set<string>; library: Set<string>; welcome: Set<string> } | undefined
  const of = (graph: ModuleGraph) => {
    const closure = (relative: readonly string[]) =>
      staticClosure(
        graph,
        relative.map((module) => `${modules.root}/${module}`),
        (id) => modules.barrel.test(id),
      )
    return (closures ??= { boot: closure([modules.entry]), library: closure(modules.library), welcome: closure(modules.welcome) })
  }
  // Not the entry module itself: it awaits the shell's import, which would wait for the chunk holding it.
  const boot = (id: string, graph: ModuleGraph): FirstScreenChunk | null =>
    of(graph).boot.has(id) && id !== `${modules.root}/${modules.entry}` ? 'boot' : null
  const screenOf = (id: string, graph: ModuleGraph): FirstScreenChunk | null => {
    const { library, welcome } = of(graph)
    if (modules.apart.test(id)) return null
    if (library.has(id)) return welcome.has(id) ? 'shell' : 'library-screen'
    return welcome.has(id) ? 'welcome-screen' : null
  }
  const shell = (id: string, graph: ModuleGraph) => (screenOf(id, graph) === 'shell' ? 'shell' : null)
  const screen = (id: string, graph: ModuleGraph) => {
    const chunk = screenOf(id, graph)
    return chunk === 'shell' ? null : chunk
  }
  return { boot, shell, screen }
}
