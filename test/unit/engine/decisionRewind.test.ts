// Where the runner reads on from once a decision line's form is answered (runner/decisionRewind.ts):
// just after the line when inkjs undid its lookahead, else just before it, rebuilt from the journal
// of everything the story was given since the last state saved, loaded or copied.
import { describe, expect, it } from 'vitest';
import { StoryRunner, type Step } from '../../../src/engine/storyRunner';
import { compileInk } from './inlineScenario';

function runner(source: string): StoryRunner {
  return new StoryRunner(compileInk(source), { source: 'test/inline.ink' });
}

const texts = (step: Step) => step.lines.map((line) => line.text);

// The decision line is the last before the choices: inkjs decides the branch during its lookahead,
// so the runner must go back before the line. Before it: inputs, counted lines, a shuffle and a
// variable changed on every pass, so a rebuild that replayed too much, too little or with another
// random seed would show.
const lookaheadDecides = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
VAR x = 0
VAR roll = 0
-> hub
=== hub
~ x++
~ roll = roll + RANDOM(1, 1000)
Pass {x}. {shuffle: Gulls.|Rain.|Fog.|Wind.|Snow.}
~ x++
Still {x}.
+ [Again] -> hub
+ [Decide] -> decide
=== decide
~ x++
Deciding at {x}, roll {roll}.
-> record_determination ->
{ determination ? potential_victim_labour: -> labour | -> other }
=== labour
* [Labour at {x}, roll {roll}] -> END
=== other
* [Other at {x}, roll {roll}] -> END
`;

function playToDecision(r: StoryRunner): Step[] {
  const steps = [r.continue()];
  for (const index of [0, 0, 1]) {
    r.choose(index);
    steps.push(r.continue());
  }
  return steps;
}

describe('decision rewind', () => {
  it('rebuilds the state before a decision line decided in the lookahead, from any start', () => {
    for (const start of ['fresh', 'reset', 'restored', 'resumed'] as const) {
      const r = runner(lookaheadDecides);
      if (start === 'reset') {
        playToDecision(r);
        r.reset();
      }
      if (start === 'restored') r.loadState(r.saveState());
      if (start === 'resumed') r.resumeAt(r.mark());
      const steps = playToDecision(r);
      const asking = steps.at(-1)!;
      const [deciding, asked] = texts(asking);
      const roll = /^Deciding at 7, roll (\d+)\.$/.exec(deciding ?? '')?.[1];
      expect(roll).toBeDefined();
      expect(asked).toBe('You step aside for a moment and record your assessment of the situation.');
      expect(asking.decision).toBe('determination');
      r.setDetermination('potential_victim_labour');
      expect(r.continue().choices.map((choice) => choice.text)).toEqual([`Labour at 7, roll ${roll}`]);
    }
  });

  it('plays on the same from a saved, a marked and a live pending decision, whichever the answer', () => {
    for (const [answer, choice] of [
      ['potential_victim_labour', 'Labour at 7'],
      ['insufficient_information', 'Other at 7'],
    ] as const) {
      const live = runner(lookaheadDecides);
      playToDecision(live);
      const saved = live.saveState();
      const mark = live.mark();
      const loaded = runner(lookaheadDecides);
      loaded.loadState(saved);
      for (const r of [live, loaded]) {
        r.setDetermination(answer);
        expect(r.continue().choices.map((c) => c.text.replace(/, roll \d+$/, ''))).toEqual([choice]);
      }
      live.resumeAt(mark);
      live.setDetermination(answer);
      expect(live.continue().choices.map((c) => c.text.replace(/, roll \d+$/, ''))).toEqual([choice]);
    }
  });

  it('reads on from just after a decision line that text follows, without playing it again', () => {
    const r = runner(`INCLUDE common/threshold.ink
INCLUDE common/forms.ink
VAR asked = 0
-> record
=== record
~ asked++
-> record_determination ->
Asked {asked} time(s); {determination ? potential_victim_labour: labour|other}.
-> END
`);
    expect(r.continue().decision).toBe('determination');
    r.setDetermination('potential_victim_labour');
    expect(texts(r.continue())).toEqual(['Asked 1 time(s); labour.']);
  });
});
