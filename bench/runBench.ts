/**
 * Runs a bench's main function and ends the process: with the exit code main set (0 by
 * default), or 1 and a one-line reason after `failedPrefix` when it throws.
 */
export function runBench(main: () => Promise<void>, failedPrefix: string): void {
  main().then(
    () => process.exit(),
    (error: unknown) => {
      console.error(`${failedPrefix}: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
      process.exit(1)
    },
  )
}
