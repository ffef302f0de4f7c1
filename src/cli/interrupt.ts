// Ctrl-C (SIGINT) and SIGTERM: stop what runs (worker threads), remove temporary files, say so in
// one line and exit 130 / 143. Outputs are written synchronously (outputs.ts), so none is ever
// half-written when the handler runs.
const stoppers = new Set<() => unknown>();

/** Registers what to stop on a signal; returns the function that unregisters it. */
export function onInterrupt(stop: () => unknown): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

/** Longest wait for the stoppers before exiting anyway. */
const STOP_LIMIT_MS = 5_000;

export function exitOnSignals(message: (signal: string) => string): void {
  let stopping = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const stopped = Promise.allSettled([...stoppers].map(async (stop) => stop()));
      const limit = new Promise((done) => setTimeout(done, STOP_LIMIT_MS).unref());
      void Promise.race([stopped, limit]).then(() => {
        process.stderr.write(`lkjip-lint: ${message(signal)}\n`);
        process.exit(code);
      });
    });
  }
}
