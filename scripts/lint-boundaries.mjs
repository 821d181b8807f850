// ESLint rules for the import boundaries docs/CONVENTIONS.md states, checked on resolved paths (an import string
// alone cannot tell `../validation` inside a feature from `../search` in another one).
//  - features/no-cross-import: a feature imports only its own files and lower layers, never another feature;
//    everything outside a feature imports it only through its public entry (`features/<name>/index.ts`).
//  - layers/no-upward-import: config, i18n, utils, components/ui <- api <- components/media-grid <- queries, auth
//    <- features <- app; a file imports only its own layer and those below (resolved, so a bare `../../api` is
//    caught like `../../api/x`). The photo wall shows API media items, so it sits above the client's types and
//    below the queries that supply its data (src/queries/grid-media.tsx).
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src')

/** The import's target as a path inside src (`features/albums/AlbumPage`), or null for a package or outside src. */
function targetInSrc(filename, specifier) {
  if (!specifier.startsWith('.')) return null
  const inSrc = relative(srcRoot, resolve(dirname(filename), specifier))
  return inSrc.startsWith('..') ? null : inSrc.split(sep).join('/').replace(/\.(tsx?|mjs|js)$/, '')
}

const fileInSrc = (filename) => relative(srcRoot, filename).split(sep).join('/')

/** Calls `check(specifier, node)` for every import, re-export and dynamic import of a file. */
function importVisitor(check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source.value, node.source)
  }
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit, ImportExpression: visit }
}

const featureOf = (path) => (path.startsWith('features/') ? path.split('/')[1] : null)

const noCrossImport = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { exempt: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      crossFeature: 'Features never import each other: "{{from}}" imports "{{to}}". Move what both need to a lower layer, or let the route compose them.',
      deepImport: 'Import the "{{to}}" feature through its public entry (features/{{to}}/index.ts), not "{{path}}".',
    },
  },
  create(context) {
    const exempt = new Set(context.options[0]?.exempt ?? [])
    const from = featureOf(fileInSrc(context.filename))
    return importVisitor((specifier, node) => {
      const target = targetInSrc(context.filename, specifier)
      const to = target && featureOf(target)
      if (!to || to === from || exempt.has(to)) return
      if (from) context.report({ node, messageId: 'crossFeature', data: { from, to } })
      else if (target !== `features/${to}` && target !== `features/${to}/index`) context.report({ node, messageId: 'deepImport', data: { to, path: target } })
    })
  },
}

const layerRank = {
  config: 0, i18n: 0, utils: 0, 'components/ui': 0, api: 1, 'components/media-grid': 2, queries: 3, auth: 3, features: 4, app: 5,
}
const layerName = (path) => {
  const [top, second] = path.split('/')
  return top === 'components' ? `${top}/${second}` : top
}
const layerOf = (path) => layerRank[layerName(path)]

const noUpwardImport = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { upward: '"{{from}}" sits below "{{to}}": lower layers never import higher ones (see eslint.config.js).' },
  },
  create(context) {
    const fromPath = fileInSrc(context.filename)
    const fromRank = layerOf(fromPath)
    if (fromRank === undefined) return {}
    return importVisitor((specifier, node) => {
      const target = targetInSrc(context.filename, specifier)
      const toRank = target === null ? undefined : layerOf(target)
      if (toRank !== undefined && toRank > fromRank) {
        context.report({ node, messageId: 'upward', data: { from: layerName(fromPath), to: layerName(target) } })
      }
    })
  },
}

export const boundaries = {
  rules: { 'features/no-cross-import': noCrossImport, 'layers/no-upward-import': noUpwardImport },
}
