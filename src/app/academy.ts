// The academy's scoring configuration, bundled at build time (the page reads no files and makes no
// requests), so the debrief scores exactly as `npm run stories -- play|verify` do.
import academyText from '../../stories/academy.config.json?raw';
import { formatDiagnostic, type Scenario } from '../content/types';
import { parseAcademyConfig, type AcademyConfig } from '../engine/scoring/config';
import { resolveScoringConfig, type ScoringConfig } from '../engine/scoring/score';

const parsed = parseAcademyConfig(academyText);

/** The academy's overrides, or undefined when its file has errors (see academyConfigErrors). */
export const academyConfig: AcademyConfig | undefined = parsed.ok ? parsed.config : undefined;

/** `path:line: message` lines for a broken academy file; empty when it is fine. */
export const academyConfigErrors: readonly string[] = parsed.ok ? [] : parsed.errors.map(formatDiagnostic);

export function scoringConfigFor(scenario: Scenario): ScoringConfig {
  return resolveScoringConfig(scenario, academyConfig);
}
