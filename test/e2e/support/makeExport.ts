// Prints a JSON export of three attempts at the tutorial (two completed, one in progress), made by
// the records layer from headless plays. Run with tsx by the browser tests, which cannot load the
// engine's JSON imports themselves.
import { exportJsonText } from '../../../src/records/exports';
import { completed, inProgress, shippedScenario } from '../../unit/records/helpers';

const scenario = shippedScenario();
process.stdout.write(
  exportJsonText(
    [completed(scenario, 1, 'PC 1', 'Spring'), completed(scenario, 2, 'PC 2', 'Spring'), inProgress(scenario, 'PC 3', 'Spring', 2)],
    new Date('2026-12-01T12:00:00.000Z'),
  ),
);
