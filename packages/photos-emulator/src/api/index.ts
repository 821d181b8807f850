// The 19 Library API methods, one file per resource as in the app's src/api. Each handler takes the request
// context and returns the method's response body, typed by the discovery document's response schema.
export * from './albums'
export * from './media-items'
export * from './shared-albums'
