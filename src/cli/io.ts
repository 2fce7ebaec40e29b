// What a CLI command may touch: its arguments, two output streams and the repo root. Commands take
// this instead of reaching for `process` so tests can run them in-process and read what they print.
export interface CliIO {
  /** Repo root; paths printed by commands are relative to it. */
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export type Command = (args: string[], io: CliIO) => Promise<number>;

export const processIO = (): CliIO => ({
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});
