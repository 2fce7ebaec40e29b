// Inline Ink stories for the explorer tests, compiled the way the game compiles stories/ files
// (the shared include comes from disk, the story itself from a string).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileStory } from '../../../src/content/compile';
import type { Scenario } from '../../../src/content/types';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const SCORED_HEADER = `# id: explore_fixture
# title: Explorer fixture
# summary: A tiny story with known answers.
# form: forced_labour
# setting: roadside_stop
# minutes: 1
# difficulty: introductory
# content_warning: None.
# objective: Test the explorer.
# determination: potential_victim_labour
# referrals_required: victim_service_ngo
# referrals_harmful: immigration_detention
# conditions: trafficking_indicators_present
INCLUDE common/threshold.ink
`;

export function scenarioFrom(ink: string, path = 'stories/explore_fixture.ink'): Scenario {
  const result = compileStory(path, (file) => {
    if (file === path) return ink;
    try {
      return readFileSync(`${repoRoot}${file}`, 'utf8');
    } catch {
      return undefined;
    }
  });
  if (!result.ok) throw new Error(`fixture does not compile: ${result.errors.map((e) => `${e.line}: ${e.message}`).join('; ')}`);
  return result.scenario;
}

/** `count` knots in a row, each with two choices to the next: 2^count paths, `count` choices on each. */
export function detourChain(count: number): string {
  const detours = Array.from({ length: count }, (_, i) => `=== d${i} ===\n* [Left ${i}] You go left. -> d${i + 1}\n* [Right ${i}] You go right. -> d${i + 1}\n`).join('');
  return `${SCORED_HEADER}\n-> d0\n${detours}=== d${count} ===\nThe road ends. # ending: done\n-> END\n`;
}

const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/**
 * A hub of `count` questions the trainee may ask in any order, each once (a LIST of moves asked),
 * and a way out; `beforeEnding` is Ink put before the ending line (to read the list there).
 */
export function askEachOnceHub(count: number, beforeEnding = ''): string {
  const moves = Array.from({ length: count }, (_, i) => `m${i + 1}`);
  const choices = moves.map((move, i) => `+ {asked !? ${move}} [${NUMBER_WORDS[i]}]\n    ~ asked += ${move}\n`).join('');
  return `${SCORED_HEADER}
LIST moves = ${moves.join(', ')}
VAR asked = ()
-> hub
=== hub ===
A kitchen. # phase: engage_explain
- (ask)
${choices}+ [Leave] -> done
- -> ask
=== done ===
${beforeEnding}It ends. # ending: done
-> END
`;
}
