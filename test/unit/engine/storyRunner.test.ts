import { describe, expect, it } from 'vitest';
import { StoryRunner, StoryRunnerError, type Step } from '../../../src/engine/storyRunner';
import { knotOfInkPath } from '../../../src/engine/runawayGuard';
import { compileInk } from './inlineScenario';

function runner(source: string, options: ConstructorParameters<typeof StoryRunner>[1] = {}): StoryRunner {
  return new StoryRunner(compileInk(source), { source: 'test/inline.ink', ...options });
}

const texts = (step: Step) => step.lines.map((line) => line.text);

describe('StoryRunner lines and tags', () => {
  it('returns lines with parsed tags and skips empty lines', () => {
    const step = runner(`Hello. # speaker: Lena # mood: afraid\n\nHe holds both passports. # indicator: documents_withheld, isolation\n`).continue();
    expect(step.lines).toEqual([
      { text: 'Hello.', tags: { indicators: [], speaker: 'Lena', mood: 'afraid' } },
      { text: 'He holds both passports.', tags: { indicators: ['documents_withheld', 'isolation'] } },
    ]);
    expect(step.ended).toBe(true);
  });

  it('does not give the header tags to the first line', () => {
    const r = runner(`# id: scn_x\n# title: X\n# speaker: Nobody\nFirst line. # speaker: Lena\n`);
    expect(r.globalTags).toContain('id: scn_x');
    const step = r.continue();
    expect(step.lines).toEqual([{ text: 'First line.', tags: { indicators: [], speaker: 'Lena' } }]);
  });

  it('offers choices with parsed choice tags and follows the one chosen', () => {
    const r = runner(`Start.\n* [Ask # q: open_invitation # rapport: +2]\n  She talks.\n* [Look # hotspot: van_door # distress: -1]\n  A van.\n- Gathered.\n`);
    const first = r.continue();
    expect(texts(first)).toEqual(['Start.']);
    expect(first.choices).toEqual([
      { index: 0, text: 'Ask', tags: { q: 'open_invitation', rapport: 2 } },
      { index: 1, text: 'Look', tags: { hotspot: 'van_door', distress: -1 } },
    ]);
    r.choose(1);
    const second = r.continue();
    expect(texts(second)).toEqual(['A van.', 'Gathered.']);
    expect(second.ended).toBe(true);
  });

  it('rejects a choice index that is not on offer, naming the range', () => {
    const r = runner(`* [A] a\n* [B] b\n`);
    r.continue();
    expect(() => r.choose(2)).toThrow(/test\/inline\.ink: choice 2 does not exist: 2 choices are on offer \(0-1\)/);
    expect(() => r.choose(-1)).toThrow(StoryRunnerError);
  });
});

describe('StoryRunner endings', () => {
  it('names the ending by the ending tag', () => {
    const step = runner(`-> k\n=== k\nAll is well. # ending: safe_referral\n-> END\n`).continue();
    expect(step).toMatchObject({ ended: true, ending: 'safe_referral' });
  });

  it('honours an ending tag on a line of its own', () => {
    const step = runner(`-> k\n=== k\nAll is well.\n# ending: quiet\n-> END\n`).continue();
    expect(step.lines.map((l) => l.text)).toEqual(['All is well.']);
    expect(step.ending).toBe('quiet');
  });

  it('falls back to the knot the story ended in, ignoring functions', () => {
    const step = runner(`-> harbour\n=== harbour\n= pier\nWaves {f()}.\n-> END\n=== function f\n~ return "crash"\n`).continue();
    expect(step).toMatchObject({ ended: true, ending: 'harbour' });
  });

  it('falls back to "end" for a story without knots', () => {
    expect(runner(`Just text.\n`).continue().ending).toBe('end');
  });
});

describe('StoryRunner decisions', () => {
  const story = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> start
=== start
Before.
-> record_determination ->
{ determination ? potential_victim_labour: -> labour | -> other }
=== labour
* [Labour choice] -> END
=== other
* [Other choice] -> END
`;

  it('stops right after the decide line and will not continue until answered', () => {
    const r = runner(story);
    const step = r.continue();
    expect(step.decision).toBe('determination');
    expect(step.choices).toEqual([]);
    expect(step.ended).toBe(false);
    expect(step.lines.at(-1)?.tags.decide).toBe('determination');
    expect(r.pendingDecision).toBe('determination');
    expect(() => r.continue()).toThrow(/waiting for the determination form: answer it with setDetermination\(\)/);
    expect(() => r.choose(0)).toThrow(/waits for the determination form/);
  });

  it('lets what follows the decide line branch on the answer, even with no text in between', () => {
    const r = runner(story);
    r.continue();
    r.setDetermination('potential_victim_labour');
    const after = r.continue();
    expect(after.lines).toEqual([]);
    expect(after.choices.map((c) => c.text)).toEqual(['Labour choice']);
    expect(r.variable('determination')).toEqual(['potential_victim_labour']);

    const other = runner(story);
    other.continue();
    other.setDetermination('insufficient_information');
    expect(other.continue().choices.map((c) => c.text)).toEqual(['Other choice']);
  });

  it('a decision line after other lines sees the story exactly once (the lines before it are replayed, not re-applied)', () => {
    const r = runner(`INCLUDE common/threshold.ink
INCLUDE common/forms.ink
VAR x = 0
~ x++
One {x}.
~ x++
Two {x}.
-> record_determination ->
Now {x}, {determination ? potential_victim_labour: labour|other}.
-> END
`);
    const step = r.continue();
    expect(texts(step).slice(0, 2)).toEqual(['One 1.', 'Two 2.']);
    expect(step.decision).toBe('determination');
    const saved = r.saveState();
    r.setDetermination('potential_victim_labour');
    expect(texts(r.continue())).toEqual(['Now 2, labour.']);
    r.loadState(saved);
    r.setDetermination('insufficient_information');
    expect(texts(r.continue())).toEqual(['Now 2, other.']);
  });

  it('writes every referral chosen, or an empty list', () => {
    const src = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> record_referrals ->
Count {LIST_COUNT(referrals)}. {referrals ? legal_aid: Lawyer.} {referrals ? immigration_detention: Detained.}
-> END
`;
    const r = runner(src);
    expect(r.continue().decision).toBe('referrals');
    r.setReferrals(['legal_aid', 'victim_service_ngo']);
    expect(texts(r.continue())).toEqual(['Count 2. Lawyer.']);

    const none = runner(src);
    none.continue();
    none.setReferrals([]);
    expect(texts(none.continue())).toEqual(['Count 0.']);
  });

  it('rejects an answer that is not an item of the list', () => {
    const r = runner(`INCLUDE common/threshold.ink\nINCLUDE common/forms.ink\n-> record_referrals ->\n-> END\n`);
    r.continue();
    expect(() => r.setReferrals(['legal_aid', 'bus_ticket'])).toThrow(/'bus_ticket' is not an item of LIST referrals/);
  });

  it('accepts the answer in a story that does not declare the lists', () => {
    const r = runner(`Choose. # decide: determination\nDone.\n`);
    expect(r.continue().decision).toBe('determination');
    r.setDetermination('insufficient_information');
    expect(texts(r.continue())).toEqual(['Done.']);
  });
});

describe('StoryRunner variables', () => {
  it('mirrors rapport and distress into the story', () => {
    const r = runner(`INCLUDE common/threshold.ink\n* [Ask]\n  {rapport >= 2: She tells you about the debt.|She looks away.} Distress {distress}.\n-> END\n`);
    r.continue();
    r.mirrorInterview({ rapport: 3, distress: 4 });
    r.choose(0);
    expect(texts(r.continue())).toEqual(['She tells you about the debt. Distress 4.']);
  });

  it('ignores interview numbers a story does not declare', () => {
    const r = runner(`VAR rapport = 0\n* [Go] Rapport {rapport}.\n-> END\n`);
    r.continue();
    r.mirrorInterview({ rapport: -2, distress: 9 });
    expect(r.declares('distress')).toBe(false);
    r.choose(0);
    expect(texts(r.continue())).toEqual(['Rapport -2.']);
  });
});

describe('StoryRunner Ink features', () => {
  it('runs functions, tunnels and threads', () => {
    const r = runner(`-> main
=== main
-> greet ->
Twice three is {times(2, 3)}.
<- side
* [Main choice] Main.
  -> END
=== greet
Greetings.
->->
=== side
* [Thread choice] Threaded.
  -> END
=== function times(a, b)
~ return a * b
`);
    const step = r.continue();
    expect(texts(step)).toEqual(['Greetings.', 'Twice three is 6.']);
    // inkjs lists the thread's choices first.
    expect(step.choices.map((c) => c.text)).toEqual(['Thread choice', 'Main choice']);
    r.choose(0);
    expect(r.continue()).toMatchObject({ lines: [{ text: 'Threaded.' }], ended: true, ending: 'side' });
  });

  it('runs the Ink fallback of an unbound EXTERNAL, and a host function when bound', () => {
    const src = `EXTERNAL weather(place)\nIt is {weather("pier")}.\n=== function weather(place)\n~ return "raining at " + place\n`;
    expect(texts(runner(src).continue())).toEqual(['It is raining at pier.']);
    const bound = runner(src, { externals: { weather: { fn: ((place: string) => `sunny at ${place}`) as never } } });
    expect(texts(bound.continue())).toEqual(['It is sunny at pier.']);
  });

  it('reports an EXTERNAL with neither binding nor fallback clearly', () => {
    const r = runner(`EXTERNAL missing()\nValue {missing()}.\n`);
    expect(() => r.continue()).toThrow(/^test\/inline\.ink: ink error while continuing: .*missing/);
  });

  it('turns an ink runtime error into a StoryRunnerError naming the story', () => {
    const src = `VAR target = -> k\n~ target = 5\n-> target\n=== k\nK.\n-> END\n`;
    expect(() => runner(src).continue()).toThrow(StoryRunnerError);
    expect(() => runner(src).continue()).toThrow(
      /^test\/inline\.ink: ink error while continuing: RUNTIME ERROR: .*variable \(target\) didn't contain a divert target/,
    );
  });

  it('reports a knot that runs out of content', () => {
    expect(() => runner(`-> k\n=== k\nHi.\n`).continue()).toThrow(/ran out of content/);
  });

  it.each([
    ['a divert loop with no output', `-> loop\n=== loop\n-> loop\n`, 'loop'],
    ['a recursion with no end', `Hello.\n-> ask\n=== ask\n{spin()}\n=== function spin()\n~ return spin()\n`, 'spin'],
  ])('stops %s, naming the story and the knot', (_, ink, knot) => {
    const r = runner(ink, { runawayLimits: { maxStepsWithoutOutput: 20_000 } });
    expect(() => r.continue()).toThrow(new RegExp(`^test/inline.ink: (the story loops|runaway recursion) in knot '${knot}'`));
  });

  it('stops a story stuck in a loop without choices, at a place in the loop so the error can name its line', () => {
    const r = runner(`-> loop\n=== loop\nAgain.\n-> loop\n`, { maxLinesPerContinue: 50 });
    let thrown: unknown;
    try {
      r.continue();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoryRunnerError);
    expect((thrown as StoryRunnerError).message).toMatch(/more than 50 lines without a choice or an ending/);
    expect(knotOfInkPath((thrown as StoryRunnerError).inkPath)).toBe('loop');
  });

  it('refuses a state that is not a runner state', () => {
    expect(() => runner(`Hi.\n`).loadState('{"flows": {}}')).toThrow(/not a Threshold runner state/);
  });
});

describe('StoryRunner save and restore', () => {
  const src = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
VAR visits = 0
-> hub
=== hub
~ visits++
Visit {visits}. {shuffle: Gulls.|Rain.|Fog.|Wind.}
* [Again] -> hub
* [Decide] -> decide
=== decide
-> record_determination ->
{determination ? not_trafficking_smuggling: Smuggling. # ending: smuggling | Something else. # ending: other}
-> END
`;

  it('continues identically after a mid-story save and restore', () => {
    const a = runner(src);
    a.continue();
    a.choose(0);
    a.continue();
    const saved = a.saveState();
    const b = runner(src);
    b.loadState(saved);
    expect(b.currentChoices()).toEqual(a.currentChoices());
    for (const r of [a, b]) r.choose(0);
    expect(b.continue()).toEqual(a.continue());
  });

  // A copy must share nothing mutable with the state it came from or with other copies: globals,
  // visit counts, the random seed, temporaries and the threads offered choices resume.
  const branching = `LIST asked = (none), name, work, home
VAR trust = 0
-> hub
=== hub
~ temp round = TURNS_SINCE(-> hub)
{shuffle: Gulls.|Rain.|Fog.} Trust {trust}, asked {asked}.
<- aside
* {asked !? name} [Name]
    ~ asked += name
    ~ trust++
    -> hub
* {asked !? work} [Work]
    ~ asked += work
    -> tunnel -> hub
* {hub > 3} [Leave] Left after {hub} visits, round {round}.
    -> END
=== aside
+ [Wait]
    ~ trust--
    -> hub
=== tunnel
Work talk, round {TURNS()}. ->->
`;

  /** Play on from where the runner is, always taking the choice `pick` names, and record everything. */
  function playOn(r: StoryRunner, pick: (turn: number, offered: number) => number): unknown[] {
    const record: unknown[] = [];
    for (let turn = 0; turn < 12; turn++) {
      const step = r.continue();
      record.push(step);
      if (step.ended) break;
      r.choose(pick(turn, step.choices.length));
    }
    return record;
  }

  it('resumes a mark exactly as a saved and loaded state plays on, as often as it is resumed', () => {
    const a = runner(branching);
    a.continue();
    a.choose(0);
    a.continue();
    a.choose(1);
    a.continue();
    const mark = a.mark();
    const saved = a.saveState();
    const picks: ((turn: number, offered: number) => number)[] = [
      (turn, offered) => (turn * 7) % offered,
      () => 0,
      (_, offered) => offered - 1,
      (turn, offered) => (turn + 1) % offered,
    ];
    for (const pick of [...picks, ...picks]) {
      a.resumeAt(mark);
      const b = runner(branching);
      b.loadState(saved);
      expect(playOn(a, pick)).toEqual(playOn(b, pick));
    }
    // The mark is a state like any other: saving after resuming it saves the same state.
    a.resumeAt(mark);
    expect(JSON.parse(a.saveState())).toEqual(JSON.parse(saved));
  });

  it('resumes a mark taken at a pending decision with either answer', () => {
    const a = runner(src);
    a.continue();
    a.choose(1);
    expect(a.continue().decision).toBe('determination');
    const mark = a.mark();
    for (const [answer, ending] of [['not_trafficking_smuggling', 'smuggling'], ['insufficient_information', 'other'], ['not_trafficking_smuggling', 'smuggling']] as const) {
      a.resumeAt(mark);
      expect(a.pendingDecision).toBe('determination');
      a.setDetermination(answer);
      expect(a.continue().ending).toBe(ending);
    }
  });

  it('restores a pending decision and applies the answer after restore', () => {
    const a = runner(src);
    a.continue();
    a.choose(1);
    expect(a.continue().decision).toBe('determination');
    const b = runner(src);
    b.loadState(a.saveState());
    expect(b.pendingDecision).toBe('determination');
    expect(() => b.continue()).toThrow(/waiting for the determination form/);
    b.setDetermination('not_trafficking_smuggling');
    expect(b.continue()).toEqual({ lines: [{ text: 'Smuggling.', tags: { indicators: [], ending: 'smuggling' } }], choices: [], ended: true, ending: 'smuggling' });
  });
});
