// What Threshold tells the LMS, as data: the CMI elements and values for an attempt's progress, per
// SCORM edition. A pure function, so what an LMS receives is tested without an LMS; scormSession.ts
// writes the values through the LMS's API in this order.
import { COMPETENCIES, type Result } from '../../engine/scoring/types';
import type { ScormEdition } from './scormManifest';

export type ScormProgress =
  /** Still playing (or left mid-attempt): resume from `suspendData`. */
  | { kind: 'inProgress'; suspendData: string; location: string }
  /** Finished and scored. */
  | { kind: 'scored'; suspendData: string; location: string; result: Result }
  /** Finished, and the story is unscored (no answer key): completed, no score. */
  | { kind: 'completed'; suspendData: string; location: string };

export type CmiValue = [element: string, value: string];

export function scormValues(edition: ScormEdition, progress: ScormProgress): CmiValue[] {
  return edition === 'scorm12' ? values12(progress) : values2004(progress);
}

/** cmi.core.session_time / cmi.session_time for the time spent in this launch. */
export function sessionTimeValue(edition: ScormEdition, ms: number): CmiValue {
  return edition === 'scorm12' ? ['cmi.core.session_time', cmiTimespan(ms)] : ['cmi.session_time', isoDuration(ms)];
}

/** cmi.core.exit / cmi.exit when the launch ends: suspend keeps the attempt for the next launch. */
export function exitValue(edition: ScormEdition, progress: ScormProgress): CmiValue {
  const suspend = progress.kind === 'inProgress';
  return edition === 'scorm12' ? ['cmi.core.exit', suspend ? 'suspend' : ''] : ['cmi.exit', suspend ? 'suspend' : 'normal'];
}

function values12(progress: ScormProgress): CmiValue[] {
  const values: CmiValue[] = [
    ['cmi.suspend_data', progress.suspendData],
    ['cmi.core.lesson_location', progress.location.slice(0, 255)],
  ];
  switch (progress.kind) {
    case 'inProgress':
      values.push(['cmi.core.lesson_status', 'incomplete']);
      break;
    case 'completed':
      values.push(['cmi.core.lesson_status', 'completed']);
      break;
    case 'scored': {
      const { scores, passed } = progress.result;
      values.push(['cmi.core.score.raw', String(scores.overall)], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
      COMPETENCIES.forEach((competency, n) => {
        values.push([`cmi.objectives.${n}.id`, competency], [`cmi.objectives.${n}.score.raw`, String(scores[competency])]);
        values.push([`cmi.objectives.${n}.score.min`, '0'], [`cmi.objectives.${n}.score.max`, '100']);
      });
      values.push(['cmi.core.lesson_status', passed ? 'passed' : 'failed']);
      break;
    }
  }
  return values;
}

function values2004(progress: ScormProgress): CmiValue[] {
  const values: CmiValue[] = [
    ['cmi.suspend_data', progress.suspendData],
    ['cmi.location', progress.location.slice(0, 1000)],
  ];
  switch (progress.kind) {
    case 'inProgress':
      values.push(['cmi.completion_status', 'incomplete'], ['cmi.success_status', 'unknown']);
      break;
    case 'completed':
      values.push(['cmi.completion_status', 'completed'], ['cmi.success_status', 'unknown']);
      break;
    case 'scored': {
      const { scores, passed } = progress.result;
      values.push(...score2004('cmi.score', scores.overall));
      COMPETENCIES.forEach((competency, n) => {
        values.push([`cmi.objectives.${n}.id`, competency], ...score2004(`cmi.objectives.${n}.score`, scores[competency]));
        values.push([`cmi.objectives.${n}.completion_status`, 'completed']);
      });
      values.push(['cmi.completion_status', 'completed'], ['cmi.success_status', passed ? 'passed' : 'failed']);
      break;
    }
  }
  return values;
}

function score2004(prefix: string, raw: number): CmiValue[] {
  return [
    [`${prefix}.scaled`, String(raw / 100)],
    [`${prefix}.raw`, String(raw)],
    [`${prefix}.min`, '0'],
    [`${prefix}.max`, '100'],
  ];
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function cmiTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (second, 10, 2): PT…H…M…S. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${seconds}S`;
}
