// The trainee's details, entered once and kept in this browser: every attempt they start carries
// them. Editable at any time; attempts already recorded keep the details they were started with.
import { h } from './dom';

export interface ProfileFormProps {
  trainee: string;
  cohort: string;
  onSave: (profile: { trainee: string; cohort: string }) => void;
}

export function renderProfileForm(props: ProfileFormProps): HTMLElement {
  const trainee = h('input', { attrs: { type: 'text', id: 'profile-trainee', name: 'trainee', autocomplete: 'off', value: props.trainee } });
  const cohort = h('input', { attrs: { type: 'text', id: 'profile-cohort', name: 'cohort', autocomplete: 'off', value: props.cohort } });
  const form = h(
    'form',
    {
      className: 'profile',
      attrs: { 'aria-labelledby': 'profile-heading' },
      on: {
        submit: (event) => {
          event.preventDefault();
          props.onSave({ trainee: trainee.value, cohort: cohort.value });
        },
      },
    },
    h('h2', { attrs: { id: 'profile-heading' } }, 'You'),
    h('p', {}, props.trainee ? `Attempts are recorded for ${props.trainee}${props.cohort ? ` (${props.cohort})` : ''}.` : 'Enter your name or number and your cohort once; they are kept in this browser and attached to every attempt.'),
    h('div', { className: 'field' }, h('label', { attrs: { for: 'profile-trainee' } }, 'Name or number'), trainee),
    h('div', { className: 'field' }, h('label', { attrs: { for: 'profile-cohort' } }, 'Cohort'), cohort),
    h('button', { attrs: { type: 'submit' } }, 'Save details'),
  );
  return form;
}
