// The lint that needs the explorer: an indicator tagged on a line that no path reaches teaches
// nothing (the trainee never sees it) and often means a branch is cut off. The explorer knows which
// indicators were never shown; the sources say where each is tagged, so the warning has its line.
import type { Diagnostic, Scenario } from '../content/types';
import { collectSources } from '../content/includes';
import { diskReader } from '../node/load';
import { scanTags } from '../content/tagScan';
import { parseTag, splitList } from '../content/tags';
import type { ExploreReport } from '../engine/explore/explore';

export function unreachableIndicatorWarnings(scenario: Scenario, report: ExploreReport, repoRoot: string): Diagnostic[] {
  // A search cut short has not seen every path, so "never shown" would not be proven.
  if (report.truncated || report.indicatorsNeverShown.length === 0) return [];
  const neverShown = new Set(report.indicatorsNeverShown);
  const root = scenario.meta.source;
  const { files } = collectSources(root, diskReader(repoRoot));
  const found: Diagnostic[] = [];
  for (const tag of files.flatMap((file) => scanTags(file.path, file.text, file.path === root))) {
    const parsed = parseTag(tag.text);
    if (parsed?.key !== 'indicator' || tag.dynamic) continue;
    for (const id of splitList(parsed.value).filter((candidate) => neverShown.has(candidate))) {
      found.push({
        severity: 'warning',
        file: tag.file,
        line: tag.line,
        message: `indicator '${id}' is tagged here but no path reaches a line that shows it: the trainee can never notice it (check the conditions and diverts that lead here)`,
      });
    }
  }
  return found;
}
