// Prints, as JSON, the engine's result for an attempt at a story given as SCORM suspend data (the
// trainee's inputs the LMS kept), scored with the academy's configuration: what the LMS must have
// been told. Run with tsx by test/e2e/scorm.spec.ts, which cannot load the engine's JSON imports.
//   npx tsx test/e2e/support/scormResult.ts <story id> <suspend data>
import { fileURLToPath } from 'node:url';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { score } from '../../../src/engine/scoring/score';
import { readAcademyConfig } from '../../../src/node/academyFile';
import { findStory } from '../../../src/node/load';
import { decodeSuspendData } from '../../../src/records/lms/suspendData';
import { logOfInputs } from '../../../src/records/lms/traineeInputs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const [id = '', suspendData = ''] = process.argv.slice(2);
const loaded = findStory(id, repoRoot);
if (!loaded?.ok) throw new Error(`scormResult: story '${id}' does not load`);
const academy = readAcademyConfig(repoRoot);
if (!academy.ok) throw new Error('scormResult: the academy configuration is invalid');
const log = logOfInputs(loaded.scenario, decodeSuspendData(suspendData));
process.stdout.write(JSON.stringify(score(loaded.scenario, log, resolveScoringConfig(loaded.scenario, academy.config))));
