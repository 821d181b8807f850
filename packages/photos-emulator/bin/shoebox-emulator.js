#!/usr/bin/env node
// The emulator's Node host. The package ships TypeScript sources: tsx loads them, so nothing needs building.
import { register } from 'tsx/esm/api'

register()
await import('../src/node/main.ts')
