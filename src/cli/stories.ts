// `npm run stories -- <command> ...`: the trainer's and CI's entry point. Each command lives in its
// own module under commands/ and returns an exit code; this file only dispatches.
import { processIO, type Command } from './io';

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'compile and validate stories: check [paths...]', load: async () => (await import('./commands/check')).check },
  play: { summary: 'play a story headless: play <id-or-path> [--seed N | --path <file.json>] [--json | --xapi] (play --help: the xAPI options)', load: async () => (await import('./commands/play')).play },
  verify: { summary: 'replay an attempt and recompute its result: verify <attempt.json>', load: async () => (await import('./commands/verify')).verify },
  explore: { summary: 'explore every path of a story: explore <id-or-path> [--json]', load: async () => (await import('./commands/explore')).explore },
  report: { summary: 'write an HTML page with the graph and findings of a story: report <id-or-path> [--out file.html]', load: async () => (await import('./commands/report')).report },
  new: { summary: 'start a scenario from a working template: new <id>', load: async () => (await import('./commands/newStory')).newStory },
  'sync-docs': { summary: "regenerate docs/authoring.md's tag reference from the tag vocabulary and the taxonomy", load: async () => (await import('./commands/syncDocs')).syncDocs },
  'sync-common': { summary: 'regenerate stories/common/threshold.ink from the taxonomy', load: async () => (await import('./commands/syncCommon')).syncCommon },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return `usage: npm run stories -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const io = processIO();
  if (!name || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const entry = commands[name];
  if (!entry) {
    io.err(`stories: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const command = await entry.load();
  return command(rest, io);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`stories: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(70);
  },
);
