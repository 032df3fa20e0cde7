import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  allowedDevOrigins: ['127.0.0.1'],
  async redirects() {
    return [{ source: '/aktualnosci/strona/1', destination: '/aktualnosci', permanent: true }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
