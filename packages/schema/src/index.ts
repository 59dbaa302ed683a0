/**
 * @roundtable/schema — the public contract. `schema.graphql` is the SDL; these are TypeScript types
 * of every type, input and enum in it, for third-party front ends (WeChat mini programs, H5 apps).
 */
export * from './types.generated.js';
