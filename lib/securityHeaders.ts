/**
 * Response headers for every path (next.config.ts `headers()`). Public pages get a
 * policy without a per-request nonce, so that they stay cacheable: inline scripts are
 * Next's own bootstrap, eval is never allowed. The admin gets its own, looser policy
 * (it frames its own live preview); development adds 'unsafe-eval' for React's tools.
 */
type Header = { key: string; value: string }

const development = process.env.NODE_ENV === 'development'

const csp = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

const scriptSrc = `'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`

const shared = {
  'default-src': "'self'",
  'script-src': scriptSrc,
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
}

export const publicContentSecurityPolicy = csp({ ...shared, 'media-src': "'self'", 'frame-ancestors': "'none'" })

export const adminContentSecurityPolicy = csp({
  ...shared,
  'worker-src': "'self' blob:",
  'frame-src': "'self'",
  'frame-ancestors': "'self'",
})

const common: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

/** Later entries win for the same header, so the admin's policy replaces the public one under /admin. */
export function securityHeaders() {
  const admin: Header[] = [
    { key: 'Content-Security-Policy', value: adminContentSecurityPolicy },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ]
  return [
    {
      source: '/:path*',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: publicContentSecurityPolicy },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    { source: '/admin', headers: admin },
    { source: '/admin/:path*', headers: admin },
  ]
}
