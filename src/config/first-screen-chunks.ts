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
  /** Re-export-only modules (index.ts barrels, an icon library's main module), followed only for the names taken. */
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

/** The paths a relative import may name `module` by: with or without its extension, and an index file by its folder. */
function pathsNaming(module: string): string[] {
  const paths = [module, module.replace(/\.[^./]+$/, '')]
  if (/\/index\.[^./]+$/.test(module)) paths.push(module.slice(0, module.lastIndexOf('/')))
  return paths
}

/** The absolute path a relative `specifier` of `importer` points at. */
const resolveRelative = (importer: string, specifier: string): string => normalize(`${importer.slice(0, importer.lastIndexOf('/'))}/${specifier}`)

/** Whether `specifier`, imported by `importer`, names `module`: a relative path, or a package's name for its main module. */
function refersTo(importer: string, specifier: string, module: string): boolean {
  if (!specifier.startsWith('.')) return module.includes(`/node_modules/${specifier}/`)
  return pathsNaming(module).includes(resolveRelative(importer, specifier))
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

/** A re-exported name's module, and its name there. */
export interface ReExport {
  module: string
  name: string
}

const RE_EXPORT = /\bexport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g

/**
 * Where each name a barrel re-exports comes from, as its code says (`export { default as Trophy } from './trophy'`):
 * a renamed re-export is found here and not in the target's exports.
 */
export function reExportSources(code: string | null, barrel: string, importedIds: readonly string[]): Map<string, ReExport> {
  const sources = new Map<string, ReExport>()
  if (code === null) return sources
  // Each imported module by the paths that name it, so each statement is one lookup: an icon library's barrel has
  // thousands of both.
  const byPath = new Map<string, string>()
  for (const id of importedIds) for (const path of pathsNaming(id)) byPath.set(path, id)
  for (const [, list, specifier] of code.matchAll(RE_EXPORT)) {
    const target = specifier!.startsWith('.')
      ? byPath.get(resolveRelative(barrel, specifier!))
      : importedIds.find((id) => refersTo(barrel, specifier!, id))
    if (!target) continue
    for (const item of list!.split(',')) {
      const [name, alias = name] = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)
      if (name && alias) sources.set(alias, { module: target, name })
    }
  }
  return sources
}

/**
 * The modules `starts` import statically, directly or not. A barrel is followed only to the modules that export
 * what its importers take from it, as tree-shaking will (by its own re-export statements, else by the exports of the
 * modules it imports); a name found neither way follows all of the barrel's imports.
 */
export function staticClosure(graph: ModuleGraph, starts: readonly string[], isBarrel: (id: string) => boolean): Set<string> {
  const seen = new Set<string>()
  const followed = new Map<string, Set<string>>()
  const reExports = new Map<string, Map<string, ReExport>>()
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
    const sources = reExports.get(barrel) ?? reExportSources(info.code, barrel, info.importedIds)
    reExports.set(barrel, sources)
    const namesByTarget = new Map<string, Set<string>>()
    const unfound = new Set<string>()
    for (const name of fresh) {
      const source = sources.get(name) ?? { module: info.importedIds.find((id) => graph.getModuleInfo(id)?.exports.includes(name)), name }
      if (source.module === undefined) unfound.add(name)
      else namesByTarget.set(source.module, (namesByTarget.get(source.module) ?? new Set()).add(source.name))
    }
    for (const [target, names] of namesByTarget) {
      if (isBarrel(target)) visitBarrel(target, names)
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
