import { describe, expect, it } from 'vitest';
import { exploreStory, measureExploration, type ExploreReport } from '../../../src/engine/explore/explore';
import { exploreEveryPath as referenceExploration } from '../../../src/engine/explore/referenceExplorer';
import { fairnessDiagnostics } from '../../../src/engine/explore/fairness';
import { analyseStory, declaredKnots } from '../../../src/engine/explore/inkState';
import { StateKeyReader } from '../../../src/engine/explore/stateKey';
import { StoryRunner } from '../../../src/engine/storyRunner';
import type { Scenario } from '../../../src/content/types';
import { askEachOnceHub, detourChain, SCORED_HEADER, scenarioFrom } from './helpers';

// Good interview, forms asked in the story, one ending. Best path: every competency 100.
const FAIR = `${SCORED_HEADER}
-> start
=== start ===
A man sits in the cab of a van. # phase: engage_explain
* [Explain who you are and what happens now # q: explain_process]
    He listens. He says the boss keeps his passport. # indicator: documents_withheld
* [Tell him he chose this, so he should not complain # q: blaming]
    He looks away. He says the boss keeps his passport. # indicator: documents_withheld
- (next)
* [Tell him what happens next # q: explain_next_steps]
    He nods.
- (consent)
* [Ask whether he would like a support worker to meet him # q: seek_informed_consent]
    He says yes.
- You fill in the form. # decide: determination
You choose services. # decide: referrals
{referrals ? immigration_detention: He is taken to a cell. -> detained}
He is taken to a shelter. # ending: supported
-> END
=== detained ===
The door closes. # ending: detained
-> END
`;

/** The reference follows every path one by one: seconds on an idle machine, minutes on a busy one. */
const REFERENCE_TIMEOUT = 300_000;

/** The reference exploration that follows and scores every path separately (small fixtures only). */
function exploreEveryPath(scenario: Scenario): ExploreReport {
  const every = referenceExploration(scenario, { maxStates: 100_000 });
  expect(every.truncated).toBe(false);
  return every;
}

/** A fixture's last part: the determination form, then a line that may read it, then two endings. */
function formThenEndings(reads: string): string {
  return `- You fill in the form. # decide: determination
${reads}
He is sent home. # ending: home
-> END
=== safe ===
He is taken to safety. # ending: safe
-> END
`;
}

/**
 * The explorer's shortcuts (merged points, folded summaries, dropped dominated tails) must not
 * change anything the report finds. A dead end is compared by where and why: the reference names
 * the form answers on its path, where the explorer leaves answers the story never reads open.
 */
function expectSameFindings(merged: ExploreReport, every: ExploreReport): void {
  for (const field of ['endings', 'unreachableKnots', 'indicatorsNeverShown', 'min', 'max'] as const) {
    expect(merged[field], field).toEqual(every[field]);
  }
  const where = (report: ExploreReport) => report.deadEnds.map(({ knot, lastLine, reason }) => ({ knot, lastLine, reason }));
  expect(where(merged), 'deadEnds').toEqual(where(every));
}

describe('exploreStory', () => {
  it('reports endings, the score range and a path to the maximum', () => {
    const report = exploreStory(scenarioFrom(FAIR));
    expect(report.truncated).toBe(false);
    expect(report.endings).toEqual(['detained', 'supported']);
    expect(report.deadEnds).toEqual([]);
    expect(report.max).toEqual({ identification: 100, questioning: 100, referral: 100, overall: 100 });
    // blaming is a critical error: questioning fails; worst forms give 0 for the others.
    expect(report.min).toMatchObject({ identification: 0, questioning: 0, referral: 0 });
    expect(report.bestPath).toEqual([
      { kind: 'choice', index: 0, text: 'Explain who you are and what happens now', q: 'explain_process' },
      { kind: 'choice', index: 0, text: 'Tell him what happens next', q: 'explain_next_steps' },
      { kind: 'choice', index: 0, text: 'Ask whether he would like a support worker to meet him', q: 'seek_informed_consent' },
      { kind: 'flags', indicators: ['documents_withheld'] },
      { kind: 'determination', determination: 'potential_victim_labour' },
      { kind: 'referrals', referrals: ['victim_service_ngo'] },
    ]);
  });

  it('a harmful choice lowers the minimum, and only the minimum', () => {
    const withoutHarm = exploreStory(scenarioFrom(FAIR.replace(/\* \[Tell him he chose this[^\n]*\n[^\n]*\n/, '')));
    const withHarm = exploreStory(scenarioFrom(FAIR));
    expect(withoutHarm.min!.questioning).toBe(100);
    expect(withHarm.min!.questioning).toBeLessThan(withoutHarm.min!.questioning);
    expect(withHarm.max).toEqual(withoutHarm.max);
  });

  it('finds a dead end (a point with no choice and no ending) and names the knot', () => {
    const story = `${SCORED_HEADER}
-> start
=== start ===
Rain on the windscreen.
* [Wait] -> stuck
* [Leave] Nothing more. # ending: left
  -> END
=== stuck ===
You wait, and nothing happens.
`;
    const report = exploreStory(scenarioFrom(story));
    expect(report.endings).toEqual(['left']);
    expect(report.deadEnds).toHaveLength(1);
    expect(report.deadEnds[0]!.knot).toBe('stuck');
    expect(report.deadEnds[0]!.path).toEqual([{ kind: 'choice', index: 0, text: 'Wait' }]);
    const diagnostics = fairnessDiagnostics(scenarioFrom(story));
    expect(diagnostics.some((d) => d.severity === 'error' && /dead end in knot 'stuck' after "Wait"/.test(d.message))).toBe(true);
  });

  it('an ending without an ending tag in a story that uses them is a dead end', () => {
    const report = exploreStory(
      scenarioFrom(`${SCORED_HEADER}
* [Go left] Left. # ending: left
  -> END
* [Go right] Right.
  -> END
`),
    );
    expect(report.endings).toEqual(['left']);
    expect(report.deadEnds.map((d) => d.path.map((s) => (s.kind === 'choice' ? s.text : s.kind)))).toEqual([['Go right']]);
  });

  it('lists knots never reached and indicators tagged but never shown', () => {
    const report = exploreStory(
      scenarioFrom(`${SCORED_HEADER}
-> start
=== start ===
A quiet street. # ending: quiet
-> END
=== never ===
He shows you his bruises. # indicator: signs_of_physical_abuse
-> END
`),
    );
    expect(report.unreachableKnots).toContain('never');
    expect(report.unreachableKnots).not.toContain('start');
    expect(report.indicatorsNeverShown).toEqual(['signs_of_physical_abuse']);
  });

  it('merges equivalent states: n independent detours cost about n states, not 2^n paths', () => {
    const story = detourChain(10);
    const merged = exploreStory(scenarioFrom(story));
    expect(merged.endings).toEqual(['done']);
    expect(merged.states).toBeLessThan(60);
    const unmerged = referenceExploration(scenarioFrom(story), { maxStates: 100 });
    expect(unmerged.truncated).toBe(true);
  });

  it('a LIST filled in a different order is the same state (items are a set), and nothing is lost', () => {
    const story = askEachOnceHub(5, '{ asked ? (m1, m5): You asked the first and the last. }\n');
    const merged = exploreStory(scenarioFrom(story));
    // One state per subset of asked moves (32), each before and after its choice; every order would be 326 paths.
    expect(merged.states).toBeLessThan(150);
    const every = exploreEveryPath(scenarioFrom(story));
    expect(every.states).toBeGreaterThan(300);
    expectSameFindings(merged, every);
  }, REFERENCE_TIMEOUT);

  it('a choice that only leaves for another knot does not keep its own knot live (a form after a hub)', () => {
    const story = `${SCORED_HEADER}
INCLUDE common/forms.ink
-> hub
=== hub ===
A kitchen. # phase: engage_explain
- (ask)
* [One] One.
* [Two] Two.
* [Three] Three.
* [Four] Four.
+ [Record your decision] -> decide
- -> ask
=== decide ===
-> record_determination ->
{ determination ? potential_victim_labour: -> filed | -> not_filed }
=== filed ===
Filed. # ending: filed
-> END
=== not_filed ===
Not filed. # ending: not_filed
-> END
`;
    const scenario = scenarioFrom(story);
    const merged = exploreStory(scenario);
    // 16 hub points, one decision point and its answers: the hub's counts do not follow the
    // trainee into the form once the only way on is out of the hub.
    expect(merged.states).toBeLessThan(30);
    const every = exploreEveryPath(scenario);
    expectSameFindings(merged, every);
  }, REFERENCE_TIMEOUT);

  it('merging never changes the results (compared with following every path)', () => {
    const story = `${SCORED_HEADER}
-> hub
=== hub ===
A kitchen. # phase: engage_explain
- (ask)
* [Ask him to tell you what happened # q: open_invitation]
    He talks about the debt. # indicator: debt_bondage
    -> ask
* [Ask whether the door is locked at night # q: closed_specific]
    "Yes." # indicator: confinement_security_measures
    -> ask
* [Say: "He took your passport, didn't he?" # q: leading]
    He nods. # indicator: documents_withheld
    -> ask
* [Stop. Tell him there is no hurry # q: respond_to_distress]
    -> ask
* [Tell him what happens next # q: explain_next_steps]
${formThenEndings('{determination ? potential_victim_labour: -> safe}')}`;
    const scenario = scenarioFrom(story);
    const merged = exploreStory(scenario);
    const every = exploreEveryPath(scenario);
    expect(merged.states).toBeLessThan(every.states);
    // The story names potential_victim_labour, so that answer is tried on its own and reaches 'safe'.
    expect(merged.endings).toEqual(['home', 'safe']);
    expectSameFindings(merged, every);
    expect(merged.bestPath).not.toBeNull();
  }, REFERENCE_TIMEOUT);

  it('a choice tagged with a critical decision sets referral to 0 on every path through it, and merging loses nothing', () => {
    const story = `${SCORED_HEADER.replace('# conditions: trafficking_indicators_present', '# conditions: trafficking_indicators_present, controller_present_or_involved')}
-> yard
=== yard ===
A man says the boy is his nephew. # phase: engage_explain
- (ask)
* [Explain who you are # q: explain_process]
    -> ask
* [Tell him what happens next # q: explain_next_steps]
    -> ask
* [Ask whether he would like a support worker to meet him # q: seek_informed_consent]
    -> ask
* [Ask the man to wait outside # q: ensure_privacy]
    -> ask
* [Accept the explanation and let them go # critical: release_to_controller]
    They drive off.
    -> form
* [Take the boy to the station]
    -> form
=== form ===
${formThenEndings('')}`;
    const scenario = scenarioFrom(story);
    const merged = exploreStory(scenario);
    expectSameFindings(merged, exploreEveryPath(scenario));
    expect(merged.max).toMatchObject({ referral: 100 });
    expect(merged.min).toMatchObject({ referral: 0 });
    expect(merged.bestPath!.some((step) => step.kind === 'choice' && step.text.startsWith('Take the boy'))).toBe(true);
    const without = exploreStory(scenarioFrom(story.replace(' # critical: release_to_controller', '')));
    // Without the tag, letting them go is just another way out (listed first, so it is the best path found).
    expect(without.max).toEqual(merged.max);
    expect(without.bestPath!.some((step) => step.kind === 'choice' && step.text.startsWith('Accept'))).toBe(true);
  }, REFERENCE_TIMEOUT);

  it('follows the person’s answers to offered services into the referral score, and merging loses nothing', () => {
    const story = `${SCORED_HEADER.replace('# referrals_required: victim_service_ngo', '# referrals_required: victim_service_ngo, safe_shelter')}
-> office
=== office ===
She sits by the heater. # phase: engage_explain
- (ask)
* [Explain who you are # q: explain_process]
    -> ask
* [Tell her what happens next # q: explain_next_steps]
    -> ask
* [Ask which of the services she would like # q: seek_informed_consent]
    {rapport >= 2:
        "The support worker, yes. A bed somewhere, yes." # agrees: victim_service_ngo, safe_shelter
    - else:
        "Not the hostel. I'll stay at my sister's." # declines: safe_shelter
    }
    -> ask
* [Offer her a drink # q: attend_to_immediate_needs]
    -> ask
* [Record your decisions]
    -> form
=== form ===
${formThenEndings('')}`;
    const scenario = scenarioFrom(story);
    const merged = exploreStory(scenario);
    expectSameFindings(merged, exploreEveryPath(scenario));
    expect(merged.max).toMatchObject({ referral: 100, overall: 100 });
    const referrals = merged.bestPath!.find((step) => step.kind === 'referrals');
    // Both answers allow 100: with a "yes" the shelter, with a "no" a discreet number instead.
    expect(referrals).toBeDefined();
    const declining = exploreStory(scenarioFrom(story.replace('rapport >= 2', 'rapport >= 99')));
    expect(declining.max).toMatchObject({ referral: 100 });
    const declinedForm = declining.bestPath!.find((step) => step.kind === 'referrals');
    expect(declinedForm).toEqual({ kind: 'referrals', referrals: ['victim_service_ngo', 'hotline_information'] });
  }, REFERENCE_TIMEOUT);

  it('counts the people screened on each path into identification, and merging loses nothing', () => {
    const story = `${SCORED_HEADER.replace('# conditions: trafficking_indicators_present', '# conditions: trafficking_indicators_present\n# screen: amal, bashir')}
-> yard
=== yard ===
Two people by the lorry. # phase: engage_explain
- (ask)
* [Explain who you are # q: explain_process]
    -> ask
* [Tell them what happens next # q: explain_next_steps]
    -> ask
* [Ask whether they would like a support worker # q: seek_informed_consent]
    -> ask
* [Speak with Amal alone # q: open_invitation # screens: amal]
    -> ask
* [Speak with Bashir alone # q: open_invitation # screens: bashir]
    -> ask
* [Decide now]
    -> form
=== form ===
${formThenEndings('')}`;
    const scenario = scenarioFrom(story);
    const merged = exploreStory(scenario);
    expectSameFindings(merged, exploreEveryPath(scenario));
    expect(merged.max).toMatchObject({ identification: 100 });
    const texts = merged.bestPath!.flatMap((step) => (step.kind === 'choice' ? [step.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Speak with Amal alone', 'Speak with Bashir alone']));
    expect(merged.min!.identification).toBe(0);
  });

  // A counter read only inside its scene, and rapport read only early or only at the end.
  const sceneStory = (endingReads: string): string => `${SCORED_HEADER}
VAR asked = 0
-> scene
=== scene ===
A kitchen. # phase: engage_explain
{rapport > 0: He looks up.}
- (ask)
* [Ask him to tell you what happened # q: open_invitation]
    ~ asked += 1
    He talks about the debt. # indicator: debt_bondage
    -> ask
* [Ask whether the door is locked at night # q: closed_specific]
    ~ asked += 1
    "Yes." # indicator: confinement_security_measures
    -> ask
* [Say: "He took your passport, didn't he?" # q: leading]
    ~ asked += 1
    He nods. # indicator: documents_withheld
    -> ask
* {asked >= 2} [Sum up # q: summarise_check]
    -> outside
* [Leave]
    -> outside
=== outside ===
- (wait)
* [Tell him there is no hurry # q: respond_to_distress]
    -> wait
* [Tell him what happens next # q: explain_next_steps]
    -> wait
* [Go]
${formThenEndings(endingReads)}`;

  it('merges states that differ only in globals no reachable knot reads, and loses nothing', () => {
    const deadLater = scenarioFrom(sceneStory('{determination ? potential_victim_labour: -> safe}'));
    const liveLater = scenarioFrom(sceneStory('{asked >= 3 && rapport > 1: -> safe}'));
    for (const scenario of [deadLater, liveLater]) {
      const merged = exploreStory(scenario);
      const every = exploreEveryPath(scenario);
      expectSameFindings(merged, every);
    }
    const liveLaterReport = exploreStory(liveLater);
    expect(liveLaterReport.endings).toEqual(['home', 'safe']);
    // Once the scene is left, `asked` and rapport are dead in the first story, so fewer states.
    expect(exploreStory(deadLater).states).toBeLessThan(liveLaterReport.states);
  }, REFERENCE_TIMEOUT);

  // Two paths that meet again at the form, told apart only by a missed distress response on one
  // (the same question asked of someone overwhelmed, or not): the explorer may drop a summary only
  // for one that is at least as good in every scored field, the missed responses included. Without
  // this case the other tests passed with the missed count left out of that order.
  it('keeps a missed distress response apart when two paths meet again, and merging loses nothing', () => {
    const story = `${SCORED_HEADER}
-> hub
=== hub ===
A kitchen. # phase: engage_explain
* [Tell him who you are # q: explain_process # distress: 7]
    He shakes. # indicator: debt_bondage
* [Tell him who you are, gently # q: explain_process # distress: 0]
    He listens.
- He waits.
* [Ask whether the door is locked at night # q: closed_specific]
    "Yes."
- You fill in the form. # decide: determination
He is sent home. # ending: home
-> END
`;
    const scenario = scenarioFrom(story);
    expectSameFindings(exploreStory(scenario), exploreEveryPath(scenario));
  }, REFERENCE_TIMEOUT);

  it('keeps distress apart while choices lie ahead, and drops it once none can be offered', () => {
    const story = `${SCORED_HEADER}
-> first
=== first ===
A kitchen. # phase: engage_explain
* [Explain who you are, and that he must answer some hard questions # q: explain_process # distress: 4]
* [Wait quietly]
- -> second
=== second ===
- (ask)
+ [Stop. Tell him there is no hurry # q: respond_to_distress # distress: -6]
    -> ask
* [Ask whether the door is locked at night # q: closed_specific # distress: 2]
    "Yes." # indicator: confinement_security_measures
    -> ask
* [Tell him what happens next # q: explain_next_steps]
${formThenEndings('{determination ? potential_victim_labour: -> safe}')}`;
    const scenario = scenarioFrom(story);
    const merged = exploreStory(scenario);
    const every = exploreEveryPath(scenario);
    expectSameFindings(merged, every);
    // The story never reads distress: only the interview model does (at 6 it blocks the question
    // until the trainee responds), so the key must keep it while a choice lies ahead.
    expect(merged.min!.questioning).toBeLessThan(merged.max!.questioning);
  }, REFERENCE_TIMEOUT);

  it('reports an unscored story with no score range', () => {
    const report = exploreStory(scenarioFrom('Hello.\n* [Bye] Bye.\n  -> END\n', 'stories/plain.ink'));
    expect(report.min).toBeNull();
    expect(report.max).toBeNull();
    expect(report.endings).toHaveLength(1);
  });

  it('measureExploration returns the state count and the time taken', () => {
    const { states, ms } = measureExploration(scenarioFrom(FAIR));
    expect(states).toBe(exploreStory(scenarioFrom(FAIR)).states);
    expect(ms).toBeGreaterThan(0);
  });
});

describe('fairnessDiagnostics', () => {
  it('passes a story whose best path reaches 100 everywhere', () => {
    expect(fairnessDiagnostics(scenarioFrom(FAIR))).toEqual([]);
  });

  it('is an error when the best path cannot reach 100 in a competency', () => {
    const unfair = FAIR.replace('[Explain who you are and what happens now # q: explain_process]', '[Ask for his papers # q: routine_identity_check]');
    const diagnostics = fairnessDiagnostics(scenarioFrom(unfair));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'stories/explore_fixture.ink' });
    expect(diagnostics[0]!.message).toMatch(/cannot reach 100 in questioning/);
  });

  it('fails a story whose exploration was cut short, saying how far it got and what is not proven', () => {
    const diagnostics = fairnessDiagnostics(scenarioFrom(FAIR), { maxStates: 2 });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    // Line 1: where the header starts, and where `# exploration: partial` would go.
    expect(errors[0]).toMatchObject({ file: 'stories/explore_fixture.ink', line: 1 });
    expect(errors[0]!.message).toMatch(/^exploration cut short at its budget \(2 states or 300 s\) after 2 states, so these are not proven: /);
    expect(errors[0]!.message).toMatch(/no other path stops without an ending/);
    expect(errors[0]!.message).toMatch(/a careful trainee can reach 100 in every competency/);
    expect(errors[0]!.message).toMatch(/# exploration: partial/);
  });

  it('only warns about a cut-short exploration when the header accepts it with `exploration: partial`', () => {
    const accepted = scenarioFrom(FAIR.replace('INCLUDE common/threshold.ink', '# exploration: partial\nINCLUDE common/threshold.ink'));
    expect(accepted.meta.partialExplorationAccepted).toBe(true);
    const diagnostics = fairnessDiagnostics(accepted, { maxStates: 2 });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.find((d) => /exploration cut short/.test(d.message))).toMatchObject({ severity: 'warning' });
    // The tag changes nothing for a story explored to the end.
    expect(fairnessDiagnostics(accepted)).toEqual([]);
  });
});

describe('declaredKnots', () => {
  it('reads knots, functions and stitches from Ink source', () => {
    expect(declaredKnots('=== a ===\n= s1\ntext\n== function f(x) ==\n~ return x\n=== b\n= s2\n')).toEqual(['a', 'a.s1', 'f', 'b', 'b.s2']);
  });
});

const LABELLED_CHOICE_READ_LATER = `${SCORED_HEADER}
-> room
=== room ===
- (look)
* [Leave the room]
    -> hall
* (saw_pass) [Look in the bag # hotspot: bag]
    A bus pass.
    -> hall
=== hall ===
* {room.saw_pass} [Ask about the pass # q: specific_wh]
    "It's mine. I'm fifteen." # indicator: minor_in_exploitative_setting
    -> done
* [Say goodbye # q: explain_next_steps]
    -> done
=== done ===
You fill in the form. # decide: determination
Done. # ending: done
-> END
`;

describe('visit counts read from another knot', () => {
  // Regression (scn_02): `{room.saw_pass}` compiles to a generated path (room.0.look.c-N); dropping
  // that count once `room` was left merged "looked" with "did not look" and hid what followed
  // (scn_02's age disclosure was reported as never shown).
  it('a labelled choice count read elsewhere stays in the state key after its knot is left', () => {
    const structure = analyseStory(scenarioFrom(LABELLED_CHOICE_READ_LATER).storyJson);
    const path = [...structure.countsReadByPath].find((read) => read.startsWith('room.'));
    expect(path).toMatch(/c-\d+$/);
    const runner = new StoryRunner(structure.instrumentedJson);
    runner.continue();
    runner.choose(runner.currentChoices().find((choice) => choice.text.startsWith('Look'))!.index);
    expect(runner.continue().choices.map((choice) => choice.text)).toContain('Ask about the pass');
    expect(new StateKeyReader(structure).read(runner.view(), true).key).toContain(`${path}=1`);
  });

  it('reaches what a labelled choice unlocks in a later knot', () => {
    const report = exploreStory(scenarioFrom(LABELLED_CHOICE_READ_LATER));
    expect(report.truncated).toBe(false);
    expect(report.indicatorsNeverShown).toEqual([]);
  });
});
