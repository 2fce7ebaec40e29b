// The text of stories/common/threshold.ink, generated from the taxonomy so the lists the game
// writes into can never drift from the ids scoring uses. `npm run stories -- sync-common` writes
// it; a test keeps the committed file equal to this output.
import { idsOf, taxonomy } from './taxonomy';

export const COMMON_INK_PATH = 'stories/common/threshold.ink';

export function generateCommonInk(): string {
  return [
    "// Threshold's bridge between the story and the game's forms. GENERATED from",
    '// src/content/taxonomy/taxonomy.json by `npm run stories -- sync-common`; do not edit by hand.',
    `// Taxonomy schema ${taxonomy.schema_version}.`,
    '//',
    "// The game writes the trainee's answers into these two lists when a line tagged",
    '// `# decide: determination` or `# decide: referrals` has been shown, so endings can branch:',
    '//     { determination ? potential_victim_sex: ... }',
    '//     { referrals ? immigration_detention: ... }',
    '// In Inky (no game attached) both stay empty unless the author sets them, e.g.',
    '//     ~ referrals = (medical_care, legal_aid)',
    '',
    `LIST determination = ${idsOf('determinations').join(', ')}`,
    '',
    `LIST referrals = ${idsOf('referrals').join(', ')}`,
    '',
    "// Mirrored by the game after every choice (see docs/authoring.md, \"The interview model\").",
    'VAR rapport = 0',
    'VAR distress = 2',
    '',
  ].join('\n');
}
