import type { Config, Plugin } from 'payload'

/** Editors do not need the document's "API" tab (raw JSON and its address): hidden everywhere. */
export const hideApiTab: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    admin: { ...collection.admin, hideAPIURL: true },
  })),
  globals: config.globals?.map((global) => ({ ...global, admin: { ...global.admin, hideAPIURL: true } })),
})
