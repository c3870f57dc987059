// The kernel's log: stderr, which Jupyter shows in the console of whatever started it.
export function log(message: string): void {
  process.stderr.write(`[pyvm kernel] ${message}\n`);
}
