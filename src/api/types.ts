// The Photos Library API's types and enum values, generated from the discovery document (contract/) by the
// emulator package, which implements the same contract; the app imports them from here.
export * from '@shoebox/photos-emulator/api-types'
