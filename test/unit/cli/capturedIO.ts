// A CliIO that records what a command prints, so command tests run in-process and read the output.
import type { CliIO } from '../../../src/cli/io';

export type CapturedIO = CliIO & { stdout: string[]; stderr: string[] };

export function capturedIO(cwd: string): CapturedIO {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, out: (text) => stdout.push(text), err: (text) => stderr.push(text), stdout, stderr };
}
