/** Longest sides of the demo library's ready-made thumbnails (the app's build makes them, see vite.config.ts;
 * the service worker's emulator picks the smallest that covers a request). They are the grid's size buckets
 * (api/media-url), so a grid thumbnail is a ready-made file answered as it is, without decoding an image. */
export const DEMO_THUMBNAIL_SIZES = [128, 192, 256, 384, 512] as const
/** Where they are, relative to the seed files: `thumbs/<size>/<file>`. */
export const demoThumbnailPath = (file: string, size: number) => `thumbs/${size}/${encodeURIComponent(file)}`
