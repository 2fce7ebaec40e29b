// The two forms a story can ask for (`# decide: determination|referrals`). Options come from the
// taxonomy, so every scenario offers the same choices and a story cannot hint at the answer by
// what it lists.
import { focusableHeading, h, uniqueId } from './dom';

export interface FormOption {
  id: string;
  label: string;
  definition: string;
}

export function renderDeterminationForm(options: readonly FormOption[], onSubmit: (id: string) => void): HTMLElement {
  const name = uniqueId('determination');
  const form = h(
    'form',
    { attrs: { 'aria-labelledby': 'determination-heading' } },
    h(
      'fieldset',
      {},
      h('legend', {}, 'What do you conclude about this person?'),
      ...options.map((option) => optionRow('radio', name, option, { required: true })),
    ),
    h('button', { attrs: { type: 'submit' } }, 'Submit determination'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new FormData(form).get(name);
    if (typeof chosen === 'string') onSubmit(chosen);
  });
  return h(
    'section',
    { className: 'decision-form', attrs: { 'aria-labelledby': 'determination-heading' } },
    focusableHeading(2, 'Determination', 'determination-heading'),
    h('p', {}, 'Record your determination. The story continues from your answer.'),
    form,
  );
}

export function renderReferralsForm(options: readonly FormOption[], onSubmit: (ids: string[]) => void): HTMLElement {
  const name = uniqueId('referrals');
  const form = h(
    'form',
    { attrs: { 'aria-labelledby': 'referrals-heading' } },
    h('fieldset', {}, h('legend', {}, 'Which services and actions do you arrange?'), ...options.map((option) => optionRow('checkbox', name, option, {}))),
    h('button', { attrs: { type: 'submit' } }, 'Submit referrals'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new FormData(form).getAll(name).filter((value): value is string => typeof value === 'string');
    onSubmit(chosen);
  });
  return h(
    'section',
    { className: 'decision-form', attrs: { 'aria-labelledby': 'referrals-heading' } },
    focusableHeading(2, 'Referrals', 'referrals-heading'),
    h('p', {}, 'Choose every referral you make; leave the others unticked.'),
    form,
  );
}

function optionRow(type: 'radio' | 'checkbox', name: string, option: FormOption, extra: { required?: boolean }): HTMLElement {
  const id = uniqueId(`${name}-${option.id}`);
  const hintId = `${id}-hint`;
  return h(
    'div',
    { className: 'option' },
    h('input', { attrs: { type, name, id, value: option.id, required: extra.required, 'aria-describedby': hintId } }),
    ' ',
    h('label', { attrs: { for: id } }, option.label),
    h('p', { className: 'hint', attrs: { id: hintId } }, option.definition),
  );
}
