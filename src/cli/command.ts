/** A `heard` sub-command: its one-line summary, its `--help` text and what it does. */
export interface Command {
  summary: string;
  usage: string;
  /** Returns the exit code: 0 done, 1 refused (bad input, with a message), 2 bad usage. */
  run(args: string[]): Promise<number>;
}
