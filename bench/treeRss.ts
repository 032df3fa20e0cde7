import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const visit = (pid: number) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += match ? Number(match[1]) * 1024 : 0
    } catch {
      return
    }
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(rootPid)
  return total
}
