import { readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100 // USER_HZ on Linux

/**
 * CPU seconds used so far by every process in a process group (the server and its
 * children), from /proc. On a shared machine throughput depends on the neighbours;
 * CPU time per request does much less, so the benches report both.
 */
export function processGroupCpuSeconds(groupId: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // fields after the command name "(…)": state ppid pgrp … utime(14) stime(15)
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== groupId) continue
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended while it was being read
    }
  }
  return ticks / TICKS_PER_SECOND
}
