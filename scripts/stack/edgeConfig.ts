/**
 * Renders the edge's nginx configuration from the templates in deploy/nginx/: one set of
 * rules for production and for the local and test stacks, only the ports and paths differ.
 * Placeholders are `${NAME}` (capitals only; nginx's own variables are written `$name`);
 * a placeholder without a value is an error, never an empty string in the config.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { EDGE_REFRESH_SECRET_PATTERN, EDGE_REFRESH_SECRET_RULE } from '../../lib/edge/refreshSettings'
import { MAX_UPLOAD_MEGABYTES } from '../../lib/media/limits'

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx')
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

export type EdgeOptions = {
  /** folder the rendered files go to (world-readable: nginx's workers read them) */
  confDir: string
  /** nginx's `listen` value: a port, or address:port */
  listen: string
  serverName?: string
  /** host:port of each app instance */
  appServers: string[]
  cacheDir: string
  cacheMaxSize?: string
  /** 'process': also nginx.conf, for `nginx -c` (runDir holds pid, logs, temp files) */
  runDir?: string
  accessLog?: string
  workerProcesses?: string
  /** the app's EDGE_REFRESH_SECRET; unset: no exact refresh after a change */
  refreshSecret?: string
}

/** `${NAME}` replaced by values[NAME]; throws on a placeholder with no value. */
export function renderTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`brak wartości dla \${${name}} w szablonie nginx`)
    return value
  })
}

/** Whether Debian's brotli module is installed (libnginx-mod-http-brotli-filter). */
export const brotliInstalled = () => existsSync(BROTLI_MODULE)

const BROTLI_RULES = [
  'brotli on;',
  'brotli_comp_level 4;',
  'brotli_min_length 1024;',
  'brotli_types text/plain text/css text/csv text/xml application/javascript application/json',
  '             application/xml application/rss+xml application/atom+xml application/manifest+json',
  '             image/svg+xml text/x-component;',
].join('\n')

/** The refresh map's entry: the secret that turns a request into a refresh, or none. */
function refreshEntry(secret: string | undefined): string {
  if (!secret) return '  # (EDGE_REFRESH_SECRET not set: no exact refresh, entries expire by themselves)'
  if (!EDGE_REFRESH_SECRET_PATTERN.test(secret)) throw new Error(`EDGE_REFRESH_SECRET: ${EDGE_REFRESH_SECRET_RULE}`)
  return `  "${secret}" 1;`
}

/** The upload limit plus room for the multipart form around the file. */
export const clientMaxBody = () => `${MAX_UPLOAD_MEGABYTES + 1}m`

function writeReadable(file: string, text: string): void {
  writeFileSync(file, text)
  chmodSync(file, 0o644)
}

/**
 * Writes portal.conf, portal-locations.conf and errors/ into confDir, and nginx.conf too
 * when runDir is given (nginx run as a plain process). Returns the file nginx starts from.
 */
export function renderEdgeConfig(options: EdgeOptions): string {
  const brotli = brotliInstalled()
  const values: Record<string, string> = {
    CONF_DIR: options.confDir,
    LISTEN: options.listen,
    SERVER_NAME: options.serverName ?? '_',
    APP_SERVERS: options.appServers.map((server) => `  server ${server} max_fails=1 fail_timeout=2s;`).join('\n'),
    CACHE_DIR: options.cacheDir,
    CACHE_MAX_SIZE: options.cacheMaxSize ?? '1g',
    CLIENT_MAX_BODY: clientMaxBody(),
    MAX_UPLOAD_MEGABYTES: String(MAX_UPLOAD_MEGABYTES),
    BROTLI: brotli ? BROTLI_RULES : '# (brotli: Debian module libnginx-mod-http-brotli-filter not installed)',
    LOAD_BROTLI: brotli ? `load_module ${BROTLI_MODULE};` : '',
    RUN_DIR: options.runDir ?? '',
    ACCESS_LOG: options.accessLog ?? 'off',
    WORKER_PROCESSES: options.workerProcesses ?? 'auto',
    EDGE_REFRESH_ENTRY: refreshEntry(options.refreshSecret),
  }
  mkdirSync(path.join(options.confDir, 'errors'), { recursive: true, mode: 0o755 })
  chmodSync(options.confDir, 0o755)
  chmodSync(path.join(options.confDir, 'errors'), 0o755)
  const render = (name: string) => renderTemplate(readFileSync(path.join(TEMPLATES, name), 'utf8'), values)
  writeReadable(path.join(options.confDir, 'portal.conf'), render('portal.conf.template'))
  writeReadable(path.join(options.confDir, 'portal-locations.conf'), render('portal-locations.conf.template'))
  for (const page of readdirSync(path.join(TEMPLATES, 'errors'))) {
    writeReadable(path.join(options.confDir, 'errors', page), render(path.join('errors', page)))
  }
  if (!options.runDir) return path.join(options.confDir, 'portal.conf')
  const main = path.join(options.confDir, 'nginx.conf')
  writeReadable(main, render('nginx.conf.template'))
  return main
}
