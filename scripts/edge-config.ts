/**
 * npm run edge:config: renders the edge's nginx configuration (deploy/nginx/) for a server,
 * into EDGE_CONF_DIR (default /etc/nginx/portal), to be included by Debian's nginx.conf
 * (see deploy/README.md). EDGE_LISTEN (80), EDGE_SERVER_NAME (_), EDGE_APP_PORTS
 * (3001,3002), EDGE_CACHE_DIR (/var/cache/nginx/portal), EDGE_REFRESH_SECRET (the app's: the
 * pages a change touches are refreshed at once; unset, they follow within two seconds).
 */
import { renderEdgeConfig } from './stack/edgeConfig'

try {
  const confDir = process.env.EDGE_CONF_DIR ?? '/etc/nginx/portal'
  const ports = (process.env.EDGE_APP_PORTS ?? '3001,3002').split(',').map((port) => port.trim())
  if (!ports.every((port) => /^\d+$/.test(port))) throw new Error(`EDGE_APP_PORTS: oczekiwano portów po przecinku, jest "${process.env.EDGE_APP_PORTS}"`)
  const file = renderEdgeConfig({
    confDir,
    listen: process.env.EDGE_LISTEN ?? '80',
    serverName: process.env.EDGE_SERVER_NAME ?? '_',
    appServers: ports.map((port) => `127.0.0.1:${port}`),
    cacheDir: process.env.EDGE_CACHE_DIR ?? '/var/cache/nginx/portal',
    refreshSecret: process.env.EDGE_REFRESH_SECRET || undefined,
  })
  console.log(`edge:config: zapisano ${file} (dołącz go w /etc/nginx/conf.d/ i sprawdź: nginx -t)`)
} catch (error) {
  console.error(`edge:config: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
  process.exit(1)
}
