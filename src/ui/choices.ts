// The trainee's options at a choice point, as real buttons in a list. An option the interview
// model rules out (e.g. a question while the person is overwhelmed) stays visible but disabled,
// with the reason next to it, so the trainee learns why.
import { h, uniqueId } from './dom';

/** `hotspot`: the choice inspects a place in the scene's picture (the game draws it there too). */
export type ChoiceItem = { index: number; text: string; hotspot?: string } & ({ available: true } | { available: false; reason: string });

export function renderChoices(choices: readonly ChoiceItem[], onChoose: (index: number) => void): HTMLElement {
  return h(
    'section',
    { className: 'choices', attrs: { 'aria-labelledby': 'choices-heading' } },
    h('h2', { attrs: { id: 'choices-heading' } }, 'What do you do?'),
    h('ol', {}, ...choices.map((choice) => renderChoice(choice, onChoose))),
  );
}

function renderChoice(choice: ChoiceItem, onChoose: (index: number) => void): HTMLLIElement {
  if (choice.available) {
    return h(
      'li',
      { className: choice.hotspot ? 'hotspot-choice' : undefined },
      h('button', { attrs: { type: 'button', 'data-hotspot': choice.hotspot }, on: { click: () => onChoose(choice.index) } }, choice.text),
    );
  }
  const reasonId = uniqueId('choice-reason');
  return h(
    'li',
    { className: 'unavailable' },
    h('button', { attrs: { type: 'button', disabled: true, 'aria-describedby': reasonId, 'data-hotspot': choice.hotspot } }, choice.text),
    ' ',
    h('span', { className: 'reason', attrs: { id: reasonId } }, `Not now: ${choice.reason}`),
  );
}
