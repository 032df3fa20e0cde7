import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// With their .ts extension: `next start` loads this file with Node's own type stripping (scripts/start.sh).
import { adminOnlyThemeHints } from './lib/adminOnlyThemeHints.ts'
import { MAX_UPLOAD_BYTES } from './lib/media/limits.ts'
import { CACHED_LIST_ROUTES } from './lib/routes.ts'
import { securityHeaders } from './lib/securityHeaders.ts'

/**
 * Next's in-memory copy of cached pages lives in the V8 heap, which start.sh caps
 * (PORTAL_HEAP_MB). Next's default, 50 MB, filled by pages and 404s for many addresses,
 * took a browser-test server past its 160 MB cap (out of memory, restarted by start.sh).
 * Every page is also on disk (.next), so a smaller memory layer costs a file read.
 */
const ONE_INSTANCE_MEMORY_CACHE_BYTES = 16 * 1024 * 1024

/**
 * With REDIS_URL, Next's page and data cache lives in Redis, shared by every instance
 * (cache-handler.mjs), and none of it in one instance's memory. Without it, Next keeps its
 * own cache (memory and .next), as a single instance always did. Read when the server
 * starts, so one build serves both ways.
 */
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.resolve(process.cwd(), 'cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : { cacheMaxMemorySize: ONE_INSTANCE_MEMORY_CACHE_BYTES }

const nextConfig: NextConfig = {
  ...sharedCache,
  poweredByHeader: false,
  // A stack's private copy of the build (scripts/stack/startStack.ts): Next keeps its page cache there.
  distDir: process.env.PORTAL_DIST_DIR || '.next',
  reactStrictMode: true,
  allowedDevOrigins: ['127.0.0.1'],
  // The proxy drops a trailing slash itself, in the same redirect as an old address
  // (lib/redirects/redirectResponse.ts): `/news/` reaches the news list in one hop.
  skipTrailingSlashRedirect: true,
  // One copy of Payload per process. Bundled, it is instantiated once per route layer
  // (pages, API routes), and whichever starts first owns the shared Payload instance:
  // errors it throws then fail `instanceof` in the other copy (REST validation errors
  // lost their field details; the admin could not show them on the fields).
  // The iCalendar time-zone package reads its zone files next to itself (__dirname): bundled, it
  // finds none and /sesje.ics silently lost its VTIMEZONE.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@touch4it/ical-timezones',
  ],
  experimental: {
    // The proxy sees request bodies up to this size and cuts longer ones (default 10 MB). It must
    // pass more than the upload limit, so that Payload answers a too-large upload with its
    // Polish 413 rather than failing on a cut body with a 500.
    proxyClientMaxBodySize: MAX_UPLOAD_BYTES + 1024 * 1024,
  },
  async headers() {
    return securityHeaders()
  },
  async redirects() {
    return [
      // The internal addresses of the list pages lead to their public ones.
      ...Object.entries(CACHED_LIST_ROUTES).map(([source, destination]) => ({
        source: destination,
        destination: source,
        permanent: true,
      })),
      { source: '/aktualnosci/kategoria/:slug/strona/1', destination: '/aktualnosci/kategoria/:slug', permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: Object.entries(CACHED_LIST_ROUTES).map(([source, destination]) => ({ source, destination })),
      afterFiles: [],
      fallback: [],
    }
  },
}

export default adminOnlyThemeHints(withPayload(nextConfig, { devBundleServerPackages: false }))
