// The import-boundary rules, run through ESLint's RuleTester on paths inside src (the rules resolve them).
import { resolve } from 'node:path'
import { RuleTester } from 'eslint'
import { afterAll, describe, it } from 'vitest'
import { boundaries } from './lint-boundaries.mjs'

// RuleTester looks for the test framework's hooks on itself (they are not in ESLint's published types).
Object.assign(RuleTester, { afterAll, describe, it })

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } })
const inSrc = (path: string) => resolve(import.meta.dirname, '..', 'src', path)

tester.run('layers/no-upward-import', boundaries.rules['layers/no-upward-import'], {
  valid: [
    { filename: inSrc('queries/albums.ts'), code: "import { api } from '../api'" },
    { filename: inSrc('components/media-grid/GridCell.tsx'), code: "import { shownThumbnail } from '../../api'" },
    { filename: inSrc('components/media-grid/GridCell.tsx'), code: "import { IconButton } from '../ui/IconButton'" },
    { filename: inSrc('app/router.tsx'), code: "import { LibraryPage } from '../features/library'" },
    { filename: inSrc('utils/dates.ts'), code: "import { format } from 'date-fns'" },
  ],
  invalid: [
    // A bare folder import is resolved like a deep one.
    { filename: inSrc('components/ui/Card.tsx'), code: "import { queryKeys } from '../../queries'", errors: [{ messageId: 'upward' }] },
    { filename: inSrc('utils/x.ts'), code: "export { api } from '../api/client'", errors: [{ messageId: 'upward' }] },
    { filename: inSrc('components/ui/Card.tsx'), code: "const grid = import('../media-grid/MediaGrid')", errors: [{ messageId: 'upward' }] },
    { filename: inSrc('api/client.ts'), code: "import { x } from '../queries/keys'", errors: [{ messageId: 'upward' }] },
    { filename: inSrc('features/albums/AlbumPage.tsx'), code: "import { Shell } from '../../app/Shell'", errors: [{ messageId: 'upward' }] },
  ],
})

tester.run('features/no-cross-import', boundaries.rules['features/no-cross-import'], {
  valid: [
    { filename: inSrc('features/albums/AlbumPage.tsx'), code: "import { x } from './album-title'" },
    { filename: inSrc('app/router.tsx'), code: "import { AlbumsPage } from '../features/albums'" },
  ],
  invalid: [
    { filename: inSrc('features/albums/AlbumPage.tsx'), code: "import { SearchPage } from '../search'", errors: [{ messageId: 'crossFeature' }] },
    { filename: inSrc('app/router.tsx'), code: "import { AlbumPage } from '../features/albums/AlbumPage'", errors: [{ messageId: 'deepImport' }] },
  ],
})
