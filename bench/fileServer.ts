import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { listening } from '../scripts/stack/startStack'
import { requireProgram } from '../scripts/stack/programs'

/**
 * nginx serving fixed HTML files, the limit the edge is measured against: the same nginx,
 * the same worker count and the same headers a browser needs, but no proxying and no
 * cache lookup. `pages` maps a file name to its HTML; `headers` (optional) gives a file the
 * response headers to send with it, as `add_header` lines (nginx's own ETag is then left out).
 */
export async function startFileServer(
  port: number,
  pages: Record<string, string>,
  headers: Record<string, [string, string][]> = {},
): Promise<{ url: (name: string) => string; pid: number; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-files-'))
  chmodSync(dir, 0o755)
  const root = path.join(dir, 'html')
  mkdirSync(root, { mode: 0o755 })
  chmodSync(root, 0o755)
  for (const [name, html] of Object.entries(pages)) {
    writeFileSync(path.join(root, `${name}.html`), html)
    chmodSync(path.join(root, `${name}.html`), 0o644)
  }
  const config = path.join(dir, 'nginx.conf')
  writeFileSync(
    config,
    `pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_processes auto;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65s;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    default_type text/html;
    location / { try_files $uri.html =404; }
${Object.entries(headers).map(([name, list]) => withHeaders(name, list)).join('\n')}
  }
}
`,
  )
  chmodSync(config, 0o644)
  const nginx: ChildProcess = spawn(requireProgram('nginx'), ['-c', config, '-e', `${dir}/error.log`, '-g', 'daemon off;'], {
    stdio: 'ignore',
    detached: true,
  })
  const stop = () => {
    try {
      process.kill(-nginx.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, pid: nginx.pid!, stop }
}

/** A location answering one file with the given headers. */
function withHeaders(name: string, headers: [string, string][]): string {
  const quoted = (value: string) => {
    if (value.includes('$')) throw new Error(`nagłówek z "$" (zmienna nginx): ${value}`)
    return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
  }
  const lines = headers.map(([header, value]) => `      add_header ${header} ${quoted(value)} always;`)
  return `    location = /${name} {\n      etag off;\n${lines.join('\n')}\n      try_files /${name}.html =404;\n    }`
}
