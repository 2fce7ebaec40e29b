// The layer rule (.dependency-cruiser.cjs) run on a fixture tree that breaks it: proves the rules
// fire, so `npm run lint:layers` passing on src/ means something. The real check runs in npm test.
import { join } from 'node:path';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('layer rule', () => {
  it('reports each broken rule in a tree that breaks them', async () => {
    const { default: config } = (await import(join(root, '.dependency-cruiser.cjs'))) as { default: { forbidden: unknown[]; options: Record<string, unknown> } };
    const result: IReporterOutput = await cruise(['src'], {
      ...config.options,
      ruleSet: { forbidden: config.forbidden },
      baseDir: join(root, 'test/fixtures/layers'),
      tsConfig: undefined,
      validate: true,
    } as never);
    const output = result.output as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
    const found = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(found).toEqual([
      'content-below-engine: src/content/usesEngine.ts -> src/engine/scoring/score.ts',
      'headless-core-no-node-builtins: src/engine/readsDisk.ts -> fs',
      'nothing-imports-app: src/ui/debrief.ts -> src/app/main.ts',
      'screens-never-score: src/ui/debrief.ts -> src/engine/scoring/score.ts',
    ]);
  }, 60_000);
});
