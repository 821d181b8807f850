// A small JSON-schema checker driven by the discovery document: checks a response body against a method's
// response schema (unknown fields, wrong types, enum values, int64-as-string). Used by testing.ts on every
// response, so emulator tests (and API-client tests using the test emulator) validate automatically.

export interface DiscoveryProp {
  $ref?: string
  type?: string
  format?: string
  enum?: string[]
  items?: DiscoveryProp
  additionalProperties?: DiscoveryProp
}
export interface DiscoveryDoc {
  schemas: Record<string, { properties?: Record<string, DiscoveryProp> }>
  resources: Record<string, { methods: Record<string, { response?: { $ref: string } }> }>
}

const RPC_STATUSES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE',
  'DATA_LOSS', 'UNAUTHENTICATED',
]

export function responseSchemaOf(doc: DiscoveryDoc, method: string): string | undefined {
  const [resource, name] = method.split('.')
  return doc.resources[resource]?.methods[name]?.response?.$ref
}

function checkValue(doc: DiscoveryDoc, v: unknown, p: DiscoveryProp, path: string, out: string[]): void {
  if (p.$ref) return checkObject(doc, v, p.$ref, path, out)
  switch (p.type) {
    case 'string':
      if (typeof v !== 'string') return void out.push(`${path}: expected string, got ${JSON.stringify(v)}`)
      if (p.enum && !p.enum.includes(v)) out.push(`${path}: ${v} is not one of ${p.enum.join('|')}`)
      if (p.format === 'int64' && !/^-?\d+$/.test(v)) out.push(`${path}: int64 string expected, got ${v}`)
      if (p.format === 'google-datetime' && Number.isNaN(Date.parse(v))) out.push(`${path}: not RFC 3339: ${v}`)
      if (p.format === 'google-duration' && !/^-?\d+(\.\d+)?s$/.test(v)) out.push(`${path}: not a duration: ${v}`)
      return
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) out.push(`${path}: expected integer, got ${JSON.stringify(v)}`)
      return
    case 'number':
      if (typeof v !== 'number') out.push(`${path}: expected number, got ${JSON.stringify(v)}`)
      return
    case 'boolean':
      if (typeof v !== 'boolean') out.push(`${path}: expected boolean, got ${JSON.stringify(v)}`)
      return
    case 'array':
      if (!Array.isArray(v)) return void out.push(`${path}: expected array`)
      v.forEach((x, i) => checkValue(doc, x, p.items ?? {}, `${path}[${i}]`, out))
      return
    case 'object':
      if (!v || typeof v !== 'object' || Array.isArray(v)) out.push(`${path}: expected object`)
      return
    default:
      return
  }
}

function checkObject(doc: DiscoveryDoc, v: unknown, schema: string, path: string, out: string[]): void {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return void out.push(`${path || '$'}: expected ${schema} object`)
  const props = doc.schemas[schema]?.properties ?? {}
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    const p = props[k]
    if (!p) out.push(`${path ? path + '.' : ''}${k}: unknown field in ${schema}`)
    else if (val === null) out.push(`${path ? path + '.' : ''}${k}: null is never sent (unset fields are omitted)`)
    else checkValue(doc, val, p, path ? `${path}.${k}` : k, out)
  }
}

/** Returns the list of violations (empty = valid). */
export function checkBody(doc: DiscoveryDoc, schema: string, body: unknown): string[] {
  const out: string[] = []
  checkObject(doc, body, schema, '', out)
  return out
}

export function checkErrorBody(body: unknown, httpStatus: number): string[] {
  const out: string[] = []
  const e = (body as { error?: Record<string, unknown> } | null)?.error
  if (!e || typeof e !== 'object') return ['error body must be {"error":{…}}']
  if (Object.keys(body as object).length !== 1) out.push('error body has fields besides "error"')
  if (e.code !== httpStatus) out.push(`error.code ${String(e.code)} != HTTP ${httpStatus}`)
  if (typeof e.message !== 'string' || !e.message) out.push('error.message must be a non-empty string')
  if (typeof e.status !== 'string' || !RPC_STATUSES.includes(e.status)) out.push(`error.status ${String(e.status)} is not a google.rpc.Code name`)
  for (const k of Object.keys(e)) if (!['code', 'message', 'status', 'details'].includes(k)) out.push(`error.${k}: unknown field`)
  if (e.details !== undefined && !Array.isArray(e.details)) out.push('error.details must be an array')
  return out
}
