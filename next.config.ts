import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { MAX_UPLOAD_BYTES } from './lib/media/limits'
import { CACHED_LIST_ROUTES } from './lib/routes'
import { securityHeaders } from './lib/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  allowedDevOrigins: ['127.0.0.1'],
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
