export class WriteTurnTimeout extends Error {
  readonly code = 'SQLITE_BUSY'
  constructor(waitedMs: number) {
    super(`database is locked: waited ${waitedMs} ms for this process's write turn`)
  }
}

/** Takes turns, one holder at a time, in the order asked; `take` resolves to the release function. */
export class Turns {
  private last: Promise<void> = Promise.resolve()

  take(): Promise<() => void> {
    let release!: () => void
    const previous = this.last
    this.last = new Promise<void>((resolve) => (release = once(resolve)))
    return previous.then(() => release)
  }

  /**
   * Like `take`, but gives up after `timeoutMs`, as SQLite's busy timeout would: a write
   * issued outside a transaction by the very flow that holds the turn would otherwise
   * wait for ever. The turn given up is passed on as soon as it arrives.
   */
  async takeWithin(timeoutMs: number): Promise<() => void> {
    const turn = this.take()
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), timeoutMs)))
    const first = await Promise.race([turn, expired])
    clearTimeout(timer)
    if (first !== 'expired') return first
    void turn.then((release) => release())
    throw new WriteTurnTimeout(timeoutMs)
  }
}

function once(action: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    action()
  }
}
