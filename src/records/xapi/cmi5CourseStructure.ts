// cmi5.xml: the course structure an academy imports into a cmi5 LMS (cmi5 spec §13). One AU per
// scenario, each launching the same page with the scenario in `launchParameters`-free URL form
// (`index.html?scenario=<id>`), moveOn CompletedAndPassed and the scenario's pass mark as mastery.
import { xmlText } from '../xmlText';

/** The course's id in cmi5.xml: every academy's package is the same course. */
export const CMI5_COURSE_ID = 'urn:threshold:course';

/**
 * A scenario's AU id in cmi5.xml: its publisher id. The LMS gives the AU an activity id of its own
 * at launch (which must differ from this, cmi5 §8.1), but puts this id in every statement's
 * `grouping` (§9.6.2.3), so it is the one id by which a trainer finds a scenario's cmi5 statements.
 */
export function cmi5PublisherId(scenarioId: string): string {
  return `${CMI5_COURSE_ID}/scenarios/${encodeURIComponent(scenarioId)}`;
}

export interface Cmi5Au {
  scenarioId: string;
  title: string;
  summary: string;
  /** 0–100. */
  passMark: number;
}

export interface Cmi5CourseInput {
  title: string;
  description: string;
  aus: readonly Cmi5Au[];
}

export function cmi5CourseStructure(input: Cmi5CourseInput): string {
  const aus = input.aus
    .map(
      (au) => `  <au id="${xmlText(cmi5PublisherId(au.scenarioId))}" moveOn="CompletedAndPassed" masteryScore="${(au.passMark / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title><langstring lang="en-US">${xmlText(au.title)}</langstring></title>
    <description><langstring lang="en-US">${xmlText(au.summary)}</langstring></description>
    <url>${xmlText(`index.html?scenario=${encodeURIComponent(au.scenarioId)}&lms=cmi5`)}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlText(CMI5_COURSE_ID)}">
    <title><langstring lang="en-US">${xmlText(input.title)}</langstring></title>
    <description><langstring lang="en-US">${xmlText(input.description)}</langstring></description>
  </course>
${aus}
</courseStructure>
`;
}
