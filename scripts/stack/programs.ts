import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/**
 * The path of a program the stack needs (nginx lives in /usr/sbin, often not on a user's
 * PATH), or an error that says how to install it.
 */
export function requireProgram(name: string): string {
  const folders = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']
  for (const folder of folders.filter(Boolean)) {
    const candidate = path.join(folder, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  throw new Error(`brak programu ${name}: zainstaluj go poleceniem \`bash scripts/install-stack.sh\``)
}
