// The trainee's options at a choice point, as real buttons in a numbered list; number keys 1–9
// choose too (the screen says so). An option the interview model rules out (e.g. a question while
// the person is overwhelmed) stays visible but disabled, with the reason next to it, so the
// trainee learns why.
import { h, uniqueId } from './dom';

/** `hotspot`: the choice inspects a place in the scene's picture (the game draws it there too). */
export type ChoiceItem = { index: number; text: string; hotspot?: string } & ({ available: true } | { available: false; reason: string });

export function renderChoices(choices: readonly ChoiceItem[], onChoose: (index: number) => void): HTMLElement {
  const hintId = uniqueId('choices-hint');
  return h(
    'section',
    { className: 'choices', attrs: { 'aria-labelledby': 'choices-heading' } },
    h('h2', { attrs: { id: 'choices-heading', 'aria-describedby': hintId } }, 'What do you do?'),
    h('p', { className: 'hint', attrs: { id: hintId } }, choices.length > 1 ? `Press a number key (1–${Math.min(choices.length, 9)}) or choose below.` : 'Press 1 or choose below.'),
    h('ol', {}, ...choices.map((choice) => renderChoice(choice, onChoose))),
  );
}

/**
 * The choice a number key picks: keys 1–9 are the first nine choices as listed, and an
 * unavailable one picks nothing. null for any other key.
 */
export function choiceForKey(key: string, choices: readonly ChoiceItem[]): ChoiceItem | null {
  if (!/^[1-9]$/.test(key)) return null;
  const choice = choices[Number(key) - 1];
  return choice?.available ? choice : null;
}

function renderChoice(choice: ChoiceItem, onChoose: (index: number) => void): HTMLLIElement {
  if (choice.available) {
    return h(
      'li',
      { className: choice.hotspot ? 'hotspot-choice' : undefined },
      // dir=auto: a choice written right to left reads (and aligns) right to left.
      h('button', { attrs: { type: 'button', dir: 'auto', 'data-hotspot': choice.hotspot }, on: { click: () => onChoose(choice.index) } }, choice.text),
    );
  }
  const reasonId = uniqueId('choice-reason');
  return h(
    'li',
    { className: 'unavailable' },
    h('button', { attrs: { type: 'button', dir: 'auto', disabled: true, 'aria-describedby': reasonId, 'data-hotspot': choice.hotspot } }, choice.text),
    ' ',
    h('span', { className: 'reason', attrs: { id: reasonId } }, `Not now: ${choice.reason}`),
  );
}
