import { describe, expect, it } from 'vitest'
import { firstScreenChunks, namesTakenFrom, reExportSources, staticClosure, type ModuleGraph, type ModuleGraphInfo } from './first-screen-chunks'

const ROOT = '/p'

/** A module graph from `{ id: [imports, exports, code] }` (ids relative to ROOT). */
function graph(modules: Record<string, Partial<ModuleGraphInfo>>): ModuleGraph {
  return {
    getModuleInfo: (id) => {
      const module = modules[id.slice(ROOT.length + 1)]
      if (!module) return null
      return { importedIds: (module.importedIds ?? []).map((i) => `${ROOT}/${i}`), exports: module.exports ?? [], code: module.code ?? '' }
    },
  }
}
const isBarrel = (id: string) => id.endsWith('/index.ts')
const relative = (ids: Set<string>) => [...ids].map((id) => id.slice(ROOT.length + 1)).sort()

describe('namesTakenFrom', () => {
  const barrel = '/p/src/ui/index.ts'
  it('reads named imports and re-exports from the barrel, by its folder or its file, with renames', () => {
    const code = [
      'import { Button, Dialog as Modal } from "../ui";',
      "import { Other } from './elsewhere';",
      "export { Spinner } from '../ui/index';",
    ].join('\n')
    expect(namesTakenFrom(code, '/p/src/app/App.tsx', barrel)).toEqual(new Set(['Button', 'Dialog', 'Spinner']))
  })
  it('takes everything for a star import, unknown code, or an import it cannot read', () => {
    expect(namesTakenFrom('import * as ui from "../ui";', '/p/src/app/App.tsx', barrel)).toBe('all')
    expect(namesTakenFrom(null, '/p/src/app/App.tsx', barrel)).toBe('all')
    expect(namesTakenFrom('import "../ui";', '/p/src/app/App.tsx', barrel)).toBe('all')
  })
})

describe('reExportSources', () => {
  it("reads a barrel's re-exports, renamed or not, to the module each comes from and its name there", () => {
    const code = [
      "export { default as Trophy, default as TrophyIcon } from './icons/trophy.mjs';",
      "export { Field, Label as FieldLabel } from './forms';",
      "export { Missing } from './gone';",
    ].join('\n')
    const sources = reExportSources(code, '/p/ui/index.ts', ['/p/ui/icons/trophy.mjs', '/p/ui/forms/Field.ts', '/p/ui/forms/index.ts'])
    expect(Object.fromEntries(sources)).toEqual({
      Trophy: { module: '/p/ui/icons/trophy.mjs', name: 'default' },
      TrophyIcon: { module: '/p/ui/icons/trophy.mjs', name: 'default' },
      // './forms' is the folder's index, not a file in it
      Field: { module: '/p/ui/forms/index.ts', name: 'Field' },
      FieldLabel: { module: '/p/ui/forms/index.ts', name: 'Label' },
    })
  })
})

describe('staticClosure', () => {
  const modules = graph({
    'src/main.ts': { importedIds: ['src/ui/index.ts', 'src/util.ts'], code: 'import { Button } from "./ui";' },
    'src/util.ts': {},
    'src/ui/index.ts': { importedIds: ['src/ui/Button.ts', 'src/ui/Grid.ts', 'src/ui/forms/index.ts'], exports: ['Button', 'Grid', 'Field'] },
    'src/ui/Button.ts': { exports: ['Button'], importedIds: ['src/ui/icon.ts'] },
    'src/ui/icon.ts': { exports: ['Icon'] },
    'src/ui/Grid.ts': { exports: ['Grid'], importedIds: ['src/virtual.ts'] },
    'src/virtual.ts': {},
    'src/ui/forms/index.ts': { importedIds: ['src/ui/forms/Field.ts'], exports: ['Field'] },
    'src/ui/forms/Field.ts': { exports: ['Field'] },
  })

  it('follows a barrel only to the modules exporting what the importer takes', () => {
    expect(relative(staticClosure(modules, ['/p/src/main.ts'], isBarrel))).toEqual([
      'src/main.ts',
      'src/ui/Button.ts',
      'src/ui/icon.ts',
      'src/ui/index.ts',
      'src/util.ts',
    ])
  })

  it('follows nested barrels by name, and every import of a barrel when a name is not found as such', () => {
    const nested = graph({
      'src/a.ts': { importedIds: ['src/ui/index.ts'], code: 'import { Field } from "./ui";' },
      'src/ui/index.ts': { importedIds: ['src/ui/Button.ts', 'src/ui/forms/index.ts'], exports: ['Button', 'Field'] },
      'src/ui/Button.ts': { exports: ['Button'] },
      'src/ui/forms/index.ts': { importedIds: ['src/ui/forms/Field.ts'], exports: ['Field'] },
      'src/ui/forms/Field.ts': { exports: ['Field'] },
      'src/b.ts': { importedIds: ['src/ui/index.ts'], code: 'import { Renamed } from "./ui";' },
    })
    expect(relative(staticClosure(nested, ['/p/src/a.ts'], isBarrel))).toEqual(['src/a.ts', 'src/ui/forms/Field.ts', 'src/ui/forms/index.ts', 'src/ui/index.ts'])
    expect(relative(staticClosure(nested, ['/p/src/b.ts'], isBarrel))).toContain('src/ui/Button.ts')
  })
  it("follows a package's barrel by the names taken, through its renamed re-exports", () => {
    const icons = graph({
      'src/a.ts': { importedIds: ['node_modules/icons/index.mjs'], code: "import { Trophy } from 'icons';" },
      'node_modules/icons/index.mjs': {
        importedIds: ['node_modules/icons/trophy.mjs', 'node_modules/icons/cake.mjs'],
        exports: ['Trophy', 'TrophyIcon', 'Cake'],
        code: "export { default as Trophy, default as TrophyIcon } from './trophy.mjs';\nexport { default as Cake } from './cake.mjs';",
      },
      'node_modules/icons/trophy.mjs': { exports: ['default'] },
      'node_modules/icons/cake.mjs': { exports: ['default'] },
    })
    const closure = staticClosure(icons, ['/p/src/a.ts'], (id) => id.endsWith('/icons/index.mjs'))
    expect(relative(closure)).toEqual(['node_modules/icons/index.mjs', 'node_modules/icons/trophy.mjs', 'src/a.ts'])
  })
})

describe('firstScreenChunks', () => {
  const modules = graph({
    'src/main.ts': { importedIds: ['src/i18n.ts'] },
    'src/i18n.ts': { importedIds: ['src/locales/en/common.ts'] },
    'src/locales/en/common.ts': {},
    'src/render.ts': { importedIds: ['src/i18n.ts', 'src/frame.ts'] },
    'src/frame.ts': {},
    'src/Library.ts': { importedIds: ['src/ui/index.ts', 'src/locales/en/library.ts'], code: 'import { Grid } from "./ui";' },
    'src/locales/en/library.ts': {},
    'src/Welcome.ts': { importedIds: ['src/ui/index.ts'], code: 'import { Button } from "./ui";' },
    'src/ui/index.ts': { importedIds: ['src/ui/Button.ts', 'src/ui/Grid.ts'], exports: ['Button', 'Grid'] },
    'src/ui/Button.ts': { exports: ['Button'] },
    'src/ui/Grid.ts': { exports: ['Grid'], importedIds: ['src/ui/Button.ts'] },
    'src/Albums.ts': {},
  })
  const chunks = firstScreenChunks({
    root: ROOT,
    entry: 'src/main.ts',
    library: ['src/render.ts', 'src/Library.ts'],
    welcome: ['src/render.ts', 'src/Welcome.ts'],
    barrel: /\/index\.ts$/,
    apart: /\/locales\//,
  })
  const groupOf = (id: string) => {
    const full = `${ROOT}/${id}`
    return chunks.boot(full, modules) ?? chunks.shell(full, modules) ?? chunks.screen(full, modules)
  }

  it('puts what the entry runs in boot, but not the entry itself (it awaits the shell)', () => {
    expect(groupOf('src/i18n.ts')).toBe('boot')
    expect(groupOf('src/main.ts')).toBeNull()
  })
  it('puts what both screens need in shell, and what one needs in its own chunk', () => {
    expect(groupOf('src/render.ts')).toBe('shell')
    expect(groupOf('src/frame.ts')).toBe('shell')
    expect(groupOf('src/ui/Button.ts')).toBe('shell')
    expect(groupOf('src/ui/Grid.ts')).toBe('library-screen')
    expect(groupOf('src/Library.ts')).toBe('library-screen')
    expect(groupOf('src/Welcome.ts')).toBe('welcome-screen')
  })
  it('leaves catalogues and other pages to the automatic chunks', () => {
    expect(groupOf('src/locales/en/library.ts')).toBeNull()
    expect(groupOf('src/Albums.ts')).toBeNull()
  })
})
