/** Longest sides of the demo library's ready-made thumbnails (the app's build makes them, see vite.config.ts;
 * the service worker's emulator picks the smallest that covers a request). */
export const DEMO_THUMBNAIL_SIZES = [256, 512] as const
/** Where they are, relative to the seed files: `thumbs/<size>/<file>`. */
export const demoThumbnailPath = (file: string, size: number) => `thumbs/${size}/${encodeURIComponent(file)}`
