// What author mode's panel shows, read from the session and its attempt actor: the tags of every
// line and choice as the author wrote them, the running score (the engine's one scoring function
// on the log so far), the interview child's phase, rapport and distress, the investigation child's
// indicators shown, the story's warnings (what `check --quick` prints for it), and the knots to
// jump to. The panel (src/ui/author) only draws these values.
import { formatDiagnostic, type Scenario } from '../../content/types';
import { keysAt, tagSpec, type TagPosition } from '../../content/tagVocabulary';
import { choicesOf, type AttemptSnapshot } from '../../engine/machines/attemptMachine';
import type { SessionSnapshot } from '../../engine/machines/sessionMachine';
import { score } from '../../engine/scoring/score';
import { COMPETENCIES } from '../../engine/scoring/types';
import { storyKnots } from '../../engine/storyKnots';
import type { AuthorPanelState, TaggedText } from '../../ui/author/authorPanel';
import { indicatorOptions } from '../taxonomyOptions';

const COMPETENCY_LABELS: Record<(typeof COMPETENCIES)[number], string> = {
  identification: 'Victim identification',
  questioning: 'Trauma-informed questioning',
  referral: 'Referral',
};

/** The story the page shows: none on the menu, the opened one on its briefing, else the attempt's. */
export function shownScenario(session: SessionSnapshot, scenarioOf: (id: string) => Scenario | undefined): Scenario | undefined {
  const briefed = session.context.scenarioId === null ? undefined : scenarioOf(session.context.scenarioId);
  if (session.matches('menu')) return undefined;
  if (session.matches('briefing')) return briefed;
  return session.context.attempt?.getSnapshot().context.resources.scenario ?? briefed;
}

export function authorViewOf(session: SessionSnapshot, scenarioOf: (id: string) => Scenario | undefined, notice: string | null): AuthorPanelState {
  const scenario = shownScenario(session, scenarioOf);
  // Past the menu and the briefing, the story shown is the attempt's own (shownScenario).
  const running = session.matches('menu') || session.matches('briefing') ? null : (session.context.attempt?.getSnapshot() ?? null);
  return {
    story: scenario ? { title: scenario.meta.title, source: scenario.meta.source } : null,
    startKnot: running?.context.resources.startKnot ?? null,
    notice,
    ...(running ? attemptValues(running) : { lines: [], choices: [], scores: null, interview: null, indicators: [] }),
    knots: scenario ? knotsOf(scenario) : [],
    warnings: scenario ? scenario.warnings.map(formatDiagnostic) : [],
  };
}

function attemptValues(attempt: AttemptSnapshot): Pick<AuthorPanelState, 'lines' | 'choices' | 'scores' | 'interview' | 'indicators'> {
  const { context } = attempt;
  const { scenario } = context.resources;
  const interview = context.interview.getSnapshot().context;
  const investigation = context.investigation.getSnapshot().context;
  const result = score(scenario, context.log);
  return {
    lines: context.transcript.flatMap((entry): TaggedText[] => (entry.kind === 'line' ? [{ text: entry.line.text, tags: tagLabels(entry.line.tags, 'line') }] : [])),
    choices:
      context.stop.kind === 'choices'
        ? choicesOf(context).map((choice) => ({ text: choice.text, tags: tagLabels(choice.tags, 'choice'), ...(choice.available ? {} : { unavailable: choice.reason }) }))
        : [],
    scores: result && [...COMPETENCIES.map((competency) => ({ label: COMPETENCY_LABELS[competency], value: result.scores[competency] })), { label: 'Overall', value: result.scores.overall }],
    interview: { phase: interview.phase, rapport: interview.rapport, distress: interview.distress, overwhelmed: interview.overwhelmed },
    indicators: investigation.shownIndicators.map((id) => ({
      id,
      label: indicatorOptions.find((option) => option.id === id)?.label ?? id,
      flagged: investigation.flags.includes(id),
    })),
  };
}

/**
 * Parsed tags back as the author wrote them (`key: value`), in the vocabulary's order: a list key
 * (`indicator`) is read from its list field (`indicators`).
 */
export function tagLabels(tags: object, position: TagPosition): string[] {
  const values = tags as Readonly<Record<string, unknown>>;
  return keysAt(position).flatMap((key) => {
    const spec = tagSpec(key);
    const value = values[spec?.list?.field ?? key];
    if (value === undefined || value === false) return [];
    if (Array.isArray(value)) return value.length === 0 ? [] : [`${key}: ${value.join(', ')}`];
    if (value === true) return [key];
    // A signed integer is written with its sign (`rapport: +1`).
    return [`${key}: ${typeof value === 'number' && value > 0 && spec?.value.kind === 'signedInteger' ? `+${value}` : String(value)}`];
  });
}

const knotLists = new WeakMap<Scenario, readonly string[]>();
function knotsOf(scenario: Scenario): readonly string[] {
  let knots = knotLists.get(scenario);
  if (!knots) {
    knots = storyKnots(scenario.storyJson);
    knotLists.set(scenario, knots);
  }
  return knots;
}
