// Vitest global setup: the tests run `check` on fixture projects, and `check` keeps explorer reports
// and exploration times in the checkout's own cache (node_modules/.cache/threshold). A test must not
// leave fixture stories' reports and times there beside the real ones, so each test run gets its own
// folder (the workers inherit these variables), removed when the run ends. A variable already set
// by the caller is kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'threshold-vitest-cache-'));
  process.env['THRESHOLD_EXPLORE_CACHE'] ??= join(folder, 'explore');
  process.env['THRESHOLD_EXPLORE_COSTS'] ??= join(folder, 'explore-costs.json');
  return () => rmSync(folder, { recursive: true, force: true });
}
