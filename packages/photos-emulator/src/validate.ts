// Binds JSON bodies and query strings the way Google's JSON transcoding does: unknown names and wrong types are
// 400 "Invalid JSON payload received. …".
import { badPayload } from './errors'
import { schemas, type FieldSpec } from './schema.gen'
import { MAX_JSON_BODY, readTextWithin } from './body-limit'

const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function typeName(spec: FieldSpec): string {
  if (spec.ref) return `type.googleapis.com/google.photos.library.v1.${spec.ref}`
  if (spec.enum) return 'TYPE_ENUM'
  if (spec.type === 'integer') return spec.format === 'uint32' ? 'TYPE_UINT32' : 'TYPE_INT32'
  if (spec.type === 'number') return spec.format === 'float' ? 'TYPE_FLOAT' : 'TYPE_DOUBLE'
  if (spec.type === 'boolean') return 'TYPE_BOOL'
  if (spec.format === 'int64') return 'TYPE_INT64'
  return 'TYPE_STRING'
}

function checkValue(value: unknown, spec: FieldSpec, path: string): void {
  if (value === null) return
  const bad = (): never => {
    throw badPayload(`Invalid JSON payload received. Invalid value at '${path}' (${typeName(spec)}), ${JSON.stringify(value)}`, path)
  }
  if (spec.ref) {
    if (typeof value !== 'object' || Array.isArray(value)) bad()
    checkObject(value as Record<string, unknown>, spec.ref, path)
    return
  }
  switch (spec.type) {
    case 'array':
      if (!Array.isArray(value)) bad()
      ;(value as unknown[]).forEach((v, i) => checkValue(v, spec.items as FieldSpec, `${path}[${i}]`))
      return
    case 'string':
      if (spec.enum) {
        if (typeof value !== 'string' || !spec.enum.includes(value)) bad()
      } else if (spec.format === 'int64') {
        if (!(typeof value === 'string' && /^-?\d+$/.test(value)) && !(typeof value === 'number' && Number.isInteger(value))) bad()
      } else if (typeof value !== 'string') bad()
      return
    case 'integer':
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return
      if (typeof value !== 'number' || !Number.isInteger(value)) bad()
      return
    case 'number':
      if (typeof value !== 'number') bad()
      return
    case 'boolean':
      if (typeof value !== 'boolean') bad()
      return
    default:
      return
  }
}

function checkObject(obj: Record<string, unknown>, schema: string, path: string): void {
  const props = schemas[schema] ?? {}
  for (const [k, v] of Object.entries(obj)) {
    const spec = props[k] ?? props[camel(k)]
    if (!spec) {
      const at = path ? ` at '${path}'` : ''
      throw badPayload(`Invalid JSON payload received. Unknown name "${k}"${at}: Cannot find field.`, path)
    }
    checkValue(v, spec, path ? `${path}.${snake(k)}` : snake(k))
  }
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** Normalizes snake_case keys to lowerCamelCase (Google accepts both) after validating against the schema. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== null) out[camel(k)] = normalize(v)
    return out
  }
  return value
}

/** Parses and validates a JSON body against a discovery schema. Empty body = {}. */
export async function readBody<T>(request: Request, schema: string): Promise<T> {
  const text = await readTextWithin(request, MAX_JSON_BODY)
  if (!text.trim()) return {} as T
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw badPayload(`Invalid JSON payload received. Unexpected token.\n${text.slice(0, 40)}\n^`)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw badPayload(`Invalid JSON payload received. Expected an object.`)
  checkObject(parsed as Record<string, unknown>, schema, '')
  return normalize(parsed) as T
}

const GLOBAL_PARAMS = new Set(['$.xgafv', 'access_token', 'alt', 'callback', 'fields', 'key', 'oauth_token', 'prettyPrint', 'quotaUser', 'uploadType', 'upload_protocol'])

/** Rejects query parameters the method does not bind. */
export function checkQuery(url: URL, allowed: string[]): void {
  for (const name of url.searchParams.keys()) {
    if (GLOBAL_PARAMS.has(name) || allowed.includes(name) || allowed.includes(camel(name))) continue
    throw badPayload(
      `Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`,
    )
  }
}

export function queryParam(url: URL, name: string): string | null {
  return url.searchParams.get(name) ?? url.searchParams.get(snake(name))
}

export function intParam(url: URL, name: string): number | undefined {
  const v = queryParam(url, name)
  if (v === null || v === '') return undefined
  if (!/^-?\d+$/.test(v)) throw badPayload(`Invalid value at '${snake(name)}' (TYPE_INT32), "${v}"`, snake(name))
  return Number(v)
}

export function boolParam(url: URL, name: string): boolean {
  const v = queryParam(url, name)
  if (v === null || v === '') return false
  if (v === 'true' || v === '1') return true
  if (v === 'false' || v === '0') return false
  throw badPayload(`Invalid value at '${snake(name)}' (TYPE_BOOL), "${v}"`, snake(name))
}
