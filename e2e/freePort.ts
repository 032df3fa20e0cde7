import { execFileSync } from 'node:child_process'

/**
 * A TCP port free on 127.0.0.1 right now, found synchronously (playwright.config.ts must
 * know the server's environment before anything async runs): a child Node listens on
 * port 0 and prints what it got.
 */
export function freePortSync(): number {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))
}
