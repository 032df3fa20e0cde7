import type { NextConfig } from 'next'

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

/**
 * Payload's `withPayload` asks every browser, on every path, for its colour-scheme preference
 * (`Accept-CH` and `Critical-CH: Sec-CH-Prefers-Color-Scheme`), which only the admin uses for
 * its theme. On public pages `Critical-CH` makes Chromium send a reader's first request again
 * with the hint, and the extra header lines cost the edge on every cached page
 * (`npm run bench:stack`). This keeps that rule for `/admin` only.
 */
export function adminOnlyThemeHints(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    async headers(): Promise<HeaderRules> {
      return (await headers()).flatMap((rule) =>
        rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
          ? [
              { ...rule, source: '/admin' },
              { ...rule, source: '/admin/:path*' },
            ]
          : [rule],
      )
    },
  }
}
