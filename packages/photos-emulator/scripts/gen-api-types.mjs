// Generates src/api-types.gen.ts from the discovery document, so the API types are named and shaped exactly as
// Google publishes them (the emulator's handlers and the app's client both use them).
// Run: npm run generate -w @shoebox/photos-emulator (`--check`, in the gate, fails when it is out of date).
import { discovery, writeGenerated } from './generated.mjs'

function tsType(prop) {
  if (prop.$ref) return prop.$ref
  if (prop.enum) return prop.enum.map((v) => `'${v}'`).join(' | ')
  switch (prop.type) {
    case 'string':
      return 'string' // int64, google-datetime, google-duration and fieldmask are strings in JSON
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array':
      return `${wrap(tsType(prop.items))}[]`
    case 'object':
      return prop.additionalProperties ? `Record<string, ${tsType(prop.additionalProperties)}>` : 'Record<string, unknown>'
    case 'any':
      return 'unknown'
    default:
      throw new Error(`unknown type ${JSON.stringify(prop)}`)
  }
}
const wrap = (t) => (t.includes('|') ? `(${t})` : t)
const comment = (text, indent) => {
  if (!text) return ''
  const firstSentence = text.split(/(?<=\.)\s/)[0].replace(/\*\//g, '*\\/')
  return `${indent}/** ${firstSentence} */\n`
}

let out = `// Generated from contract/photoslibrary-v1.discovery.json (revision ${discovery.revision}) by
// scripts/gen-api-types.mjs. Do not edit by hand. Every field is optional because Google omits unset fields.\n\n`
for (const [name, schema] of Object.entries(discovery.schemas)) {
  out += comment(schema.description, '')
  const props = Object.entries(schema.properties ?? {})
  if (props.length === 0) {
    out += `export type ${name} = Record<string, never>\n\n`
    continue
  }
  out += `export interface ${name} {\n`
  for (const [prop, def] of props) {
    out += comment(def.description, '  ')
    out += `  ${prop}?: ${tsType(def)}\n`
  }
  out += '}\n\n'
}
// Enum unions by name, for code that handles them one by one.
const enums = {
  ContentCategory: discovery.schemas.ContentFilter.properties.includedContentCategories.items.enum,
  MediaType: discovery.schemas.MediaTypeFilter.properties.mediaTypes.items.enum,
  Feature: discovery.schemas.FeatureFilter.properties.includedFeatures.items.enum,
  PositionType: discovery.schemas.AlbumPosition.properties.position.enum,
  VideoProcessingStatus: discovery.schemas.Video.properties.status.enum,
}
for (const [name, values] of Object.entries(enums)) {
  out += `export const ${name}Values = [${values.map((v) => `'${v}'`).join(', ')}] as const\n`
  out += `export type ${name} = (typeof ${name}Values)[number]\n\n`
}
writeGenerated('src/api-types.gen.ts', out)
