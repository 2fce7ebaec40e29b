// Prints, as JSON, two completed attempts at the tutorial as the results page meets them: the
// statements the game sent the LRS for each (made by the code `play --xapi` uses), the JSON export
// of the same attempts, and a copy of that export in which the first attempt was edited — one more
// indicator flagged, its result and digest recomputed with the real scorer, so it verifies on its
// own and only the LRS can tell. Run with tsx by the browser test:
//   tsx test/e2e/support/makeLrsCohort.ts <activity base> <ISO start time>
import { buildAttempt, type Attempt } from '../../../src/engine/attempt';
import { steppingClock } from '../../../src/engine/clock';
import { storyContentHash } from '../../../src/engine/digest';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { Playthrough } from '../../../src/engine/playthrough';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import { completeRecord, recordToAttempt, startRecord } from '../../../src/records/attemptRecord';
import { exportJsonText } from '../../../src/records/exports';
import { headlessStatements } from '../../../src/records/xapi/headlessAttempt';
import { shippedScenario } from '../../unit/records/helpers';

const [activityBase, startedAt] = process.argv.slice(2);
if (!activityBase || !startedAt) throw new Error('usage: makeLrsCohort.ts <activity base> <ISO start time>');
const scenario = shippedScenario();
const config = resolveScoringConfig(scenario);

const records = [
  { seed: 1, id: '0e6f1c52-1d0a-4f7e-9a51-5c1b7f3e2a01', trainee: 'PC 1' },
  { seed: 2, id: '0e6f1c52-1d0a-4f7e-9a51-5c1b7f3e2a02', trainee: 'PC 2' },
].map(({ seed, id, trainee }) => {
  const played = playHeadless(scenario, seed);
  const started = startRecord({
    id,
    trainee,
    cohort: 'Spring',
    scenario: { id: scenario.meta.id, title: scenario.meta.title, contentHash: storyContentHash(scenario.storyJson) },
    scoring: config,
    number: 1,
    now: new Date(startedAt),
    resume: Playthrough.start(scenario, steppingClock(1000)).save(),
  });
  const ended = new Date(Date.parse(startedAt) + (played.log[played.log.length - 1]?.at ?? 0));
  return completeRecord(started, { log: played.log, ending: played.ending, result: score(scenario, played.log, config), now: ended });
});

const statements = records.flatMap((record) => headlessStatements(scenario, recordToAttempt(record), { registration: record.id, startedAt: record.startedAt, activityBase }));
const exported = exportJsonText(records, new Date(startedAt));

/** The attempt with one more indicator flagged (before the trainee's next move) and everything recomputed. */
function withExtraFlag(attempt: Attempt): Attempt {
  const flagged = new Set(attempt.log.flatMap((event) => (event.type === 'notebook.flagged' ? [event.indicator] : [])));
  const shown = attempt.log.findIndex((event) => event.type === 'story.indicatorShown' && !flagged.has(event.indicator));
  const indicator = (attempt.log[shown] as { indicator: string }).indicator;
  const at = attempt.log.findIndex((event, i) => i > shown && !event.type.startsWith('story.indicator'));
  const log = [...attempt.log.slice(0, at), { type: 'notebook.flagged' as const, at: attempt.log[at - 1]!.at, indicator }, ...attempt.log.slice(at)];
  const { digest: _digest, format: _format, version: _version, ...fields } = attempt;
  return buildAttempt({ ...fields, log, result: score(scenario, log, config) });
}

const data = JSON.parse(exported) as { attempts: Attempt[] };
data.attempts[0] = withExtraFlag(data.attempts[0]!);
process.stdout.write(JSON.stringify({ statements, exported, edited: JSON.stringify(data, null, 2), overall: records.map((record) => record.result?.scores.overall) }));
