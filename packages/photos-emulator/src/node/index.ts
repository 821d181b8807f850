// The emulator's Node pieces: file persistence, seed files from a folder, sharp for images, and the
// middleware that hosts the emulator inside a Node dev server (Vite's).
export { createDevEmulatorMiddleware, type DevEmulatorOptions } from './dev-host'
export { createFsPersistence } from './fs-persistence'
export { createFsSeedBytes } from './fs-seed-bytes'
export { createSharpResizer } from './sharp-resizer'
