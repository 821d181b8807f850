import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseFaults, parseHostArgs, UsageError } from './args'

const fixtureDir = fileURLToPath(new URL('../seed/fixture', import.meta.url))
const fixtureManifest = fileURLToPath(new URL('../seed/fixture-library.json', import.meta.url))

const refusal = (argv: string[]): string => {
  try {
    parseHostArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) return e.message
    throw e
  }
  throw new Error(`accepted ${argv.join(' ')}`)
}

describe('Node host arguments', () => {
  it('defaults: port 8787 on 127.0.0.1, legacy, no generated items, the fixture, CORS headers exposed', () => {
    expect(parseHostArgs([])).toEqual({
      port: 8787,
      host: '127.0.0.1',
      profile: 'legacy',
      items: 0,
      faults: {},
      corsExpose: 'all',
      dataDir: undefined,
      seedDir: undefined,
      manifestPath: undefined,
      help: false,
    })
  })

  it('reads every option, as "--name value" and "--name=value"', () => {
    const o = parseHostArgs([
      '--port', '9001', '--host=0.0.0.0', '--profile', '2025', '--items=10000', '--faults', 'latency=200,429=0.1,quota=daily,seed=7',
      '--data', 'some/dir', '--seed', fixtureDir, '--manifest', fixtureManifest, '--cors-expose', 'none',
    ])
    expect(o).toMatchObject({ port: 9001, host: '0.0.0.0', profile: '2025', items: 10_000, corsExpose: 'none', seedDir: fixtureDir, manifestPath: fixtureManifest })
    expect(o.faults).toEqual({ latencyMs: 200, rate429: 0.1, quota: 'daily', seed: 7 })
    expect(o.dataDir).toMatch(/some\/dir$/)
    expect(parseHostArgs(['--port', '0']).port).toBe(0)
    expect(parseHostArgs(['--help']).help).toBe(true)
  })

  it.each([
    [['--port', '70000'], '--port must be a whole number from 0 to 65535, not "70000"'],
    [['--port=-1'], '--port must be a whole number from 0 to 65535, not "-1"'],
    [['--port', '80.5'], '--port must be a whole number from 0 to 65535, not "80.5"'],
    [['--port', 'http'], '--port must be a whole number from 0 to 65535, not "http"'],
    [['--port='], '--port must be a whole number from 0 to 65535, not ""'],
    [['--items=-5'], '--items must be a whole number (0 or more), not "-5"'],
    [['--items', '1e4'], '--items must be a whole number (0 or more), not "1e4"'],
    [['--items', 'many'], '--items must be a whole number (0 or more), not "many"'],
    [['--profile', '2024'], '--profile must be legacy or 2025, not "2024"'],
    [['--cors-expose', 'some'], '--cors-expose must be all or none, not "some"'],
    [['--faults', '404=0.1'], '--faults: unknown fault "404=0.1"'],
    [['--faults', '500=2'], '--faults: 500 must be a rate from 0 to 1, not "2"'],
    [['--seed', 'no/such/folder'], '--seed: no folder at no/such/folder'],
    [['--seed', fixtureManifest], `--seed: no folder at ${fixtureManifest}`],
    [['--manifest', fixtureManifest], '--manifest needs --seed, the folder of its files'],
  ])('refuses %j', (argv, message) => {
    expect(refusal(argv)).toBe(message)
  })

  it('refuses unknown options, missing values and stray arguments with util.parseArgs\'s reason', () => {
    expect(refusal(['--prot', '8787'])).toMatch(/Unknown option '--prot'/)
    expect(refusal(['--port'])).toMatch(/--port/)
    expect(refusal(['8787'])).toMatch(/Unexpected argument '8787'/)
    expect(refusal(['--items', '-5'])).toMatch(/'--items' argument is ambiguous/)
  })

  it('parses fault specs', () => {
    expect(parseFaults('latency=200, 503=0.05 ,drop=0.02,media=true')).toEqual({ latencyMs: 200, rate503: 0.05, rateDrop: 0.02, media: true })
    expect(parseFaults(undefined)).toEqual({})
  })
})
