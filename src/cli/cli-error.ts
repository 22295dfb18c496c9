/** A problem with what the user typed or supplied; the CLI prints its message on one line and exits 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Prints a command's result: JSON with `--json`, otherwise a readable summary. */
export function printResult(result: unknown, json: boolean, summary: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${summary()}\n`);
}
