// Generates src/schema.gen.ts (a compact field table of every discovery schema) so the emulator can
// reject unknown request fields the way Google does without shipping the whole discovery document.
// Run: npm run generate -w @shoebox/photos-emulator (`--check` fails when it is out of date).
import { discovery, writeGenerated } from './generated.mjs'

function field(prop) {
  if (prop.$ref) return { ref: prop.$ref }
  const out = { type: prop.type }
  if (prop.format) out.format = prop.format
  if (prop.enum) out.enum = prop.enum
  if (prop.type === 'array') out.items = field(prop.items)
  return out
}
const schemas = {}
for (const [name, s] of Object.entries(discovery.schemas)) {
  const props = {}
  for (const [p, v] of Object.entries(s.properties ?? {})) props[p] = field(v)
  schemas[name] = props
}
const text = `// Generated from contract/photoslibrary-v1.discovery.json (revision ${discovery.revision}) by
// scripts/gen-schema.mjs. Do not edit by hand.

export interface FieldSpec {
  ref?: string
  type?: string
  format?: string
  enum?: string[]
  items?: FieldSpec
}

export const schemas: Record<string, Record<string, FieldSpec>> = ${JSON.stringify(schemas, null, 2)}
`
writeGenerated('src/schema.gen.ts', text)
