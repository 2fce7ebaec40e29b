// One screen while a scenario plays and once its story has ended: controls (pause, exit), the story
// so far, what the trainee can do now (choices, the form the story asked for, or "Continue to
// debrief" under the story's outcome) and, in a scored scenario, the notebook. It draws the state
// it is given and reports intents through handlers; the session actor decides what happens.
//
// The notebook stays in view beside the story on a wide screen (sticky) and is one button away on
// a narrow one (it opens over the story). Number keys 1–9 choose while choices are shown.
import type { DecisionKind } from '../content/types';
import { choiceForKey, renderChoices, type ChoiceItem } from './choices';
import { renderDeterminationForm, renderReferralsForm, type FormOption } from './decisionForms';
import { focusableHeading, h, moveFocusTo, replaceChildren } from './dom';
import { createNotebook, type IndicatorOption, type NotebookHandlers } from './notebook';
import { createTranscript, type TranscriptItem } from './transcript';

export type PlayAction =
  | { kind: 'choices'; choices: readonly ChoiceItem[] }
  | { kind: 'form'; form: DecisionKind }
  /** The story has ended: its last lines are the outcome; the debrief comes next. */
  | { kind: 'outcome' };

export interface PlayScreenState {
  /** The whole transcript so far (lines and the trainee's own actions). */
  transcript: readonly TranscriptItem[];
  /** Where the current step starts in the transcript: the line the trainee is reading. */
  readingFrom: number;
  action: PlayAction;
  flagged: readonly string[];
  paused: boolean;
}

export interface PlayScreenHandlers extends NotebookHandlers {
  onChoose: (index: number) => void;
  onDetermination: (id: string) => void;
  onReferrals: (ids: string[]) => void;
  onPause: () => void;
  onResume: () => void;
  /** Leave to the menu; the attempt stays saved and resumable. */
  onExit: () => void;
  onContinue: () => void;
}

export interface PlayScreenOptions {
  title: string;
  /** The scene picture (stage.ts), shown above the story when given. */
  stage?: HTMLElement;
  /** Unscored scenarios have no notebook and no forms. */
  scored: boolean;
  indicators: readonly IndicatorOption[];
  determinations: readonly FormOption[];
  referrals: readonly FormOption[];
  handlers: PlayScreenHandlers;
}

export interface PlayScreen {
  element: HTMLElement;
  /**
   * Draws a state. Focus goes to the first new transcript item, else to the new action's heading
   * when the action changed; a notebook change alone leaves focus where it is.
   */
  show(state: PlayScreenState): void;
  /** Focus on the line the trainee was reading (the first of the current step), e.g. after a reload. */
  focusLatest(): void;
  /** Removes the number-key listener; call when the screen is taken down. */
  dispose(): void;
}

export function createPlayScreen(options: PlayScreenOptions): PlayScreen {
  const { handlers } = options;
  const title = focusableHeading(1, options.title, 'play-heading');
  const transcript = createTranscript();
  const actionArea = h('div', { className: 'action-area' });
  const pauseDialog = createPauseDialog(handlers);
  const notebook = options.scored ? createNotebook(options.indicators, handlers) : null;
  const notebookPanel = notebook ? h('div', { className: 'notebook-panel', attrs: { id: 'notebook-panel' } }) : null;
  const notebookButtons = notebookPanel ? notebookControls(notebookPanel) : null;
  if (notebookPanel && notebook && notebookButtons) notebookPanel.append(notebookButtons.close, notebook.element);
  let current: PlayScreenState | null = null;
  let actionKey = '';

  const element = h(
    'section',
    { className: `screen play${notebookPanel ? ' with-notebook' : ''}`, attrs: { 'aria-labelledby': 'play-heading' } },
    h(
      'div',
      { className: 'play-header' },
      title,
      h(
        'div',
        { className: 'play-controls', attrs: { role: 'group', 'aria-label': 'Scenario controls' } },
        notebookButtons?.toggle,
        h('button', { attrs: { type: 'button' }, on: { click: handlers.onPause } }, 'Pause'),
        h('button', { attrs: { type: 'button' }, on: { click: handlers.onExit } }, 'Exit to menu'),
      ),
    ),
    h('div', { className: 'play-columns' }, h('div', { className: 'play-main' }, options.stage, transcript.element, actionArea), notebookPanel),
    pauseDialog,
  );

  const onKey = (event: KeyboardEvent): void => {
    if (!element.isConnected || current?.paused || current?.action.kind !== 'choices') return;
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    // A key held down repeats: without this, holding 1 a moment too long made a scored choice on
    // each of the next screens, unseen.
    if (event.repeat) return;
    const choice = choiceForKey(event.key, current.action.choices);
    if (!choice) return;
    event.preventDefault();
    handlers.onChoose(choice.index);
  };
  document.addEventListener('keydown', onKey);

  return {
    element,
    show(state) {
      current = state;
      const firstNew = transcript.sync(state.transcript);
      notebook?.update(state.flagged);
      const key = JSON.stringify(state.action);
      let actionHeading: HTMLElement | null = null;
      if (key !== actionKey) {
        actionKey = key;
        const target = renderAction(state.action, options, handlers);
        replaceChildren(actionArea, target);
        actionHeading = target.querySelector<HTMLElement>('h2') ?? target;
      }
      if (state.paused && !pauseDialog.open) pauseDialog.showModal();
      if (!state.paused && pauseDialog.open) pauseDialog.close();
      if (state.paused) return;
      const focus = firstNew ?? actionHeading;
      if (focus) moveFocusTo(focus);
    },
    focusLatest() {
      const items = element.querySelectorAll<HTMLElement>('.transcript > li');
      moveFocusTo(items[current?.readingFrom ?? 0] ?? items[items.length - 1] ?? title);
    },
    dispose() {
      document.removeEventListener('keydown', onKey);
    },
  };
}

function renderAction(action: PlayAction, options: PlayScreenOptions, handlers: PlayScreenHandlers): HTMLElement {
  switch (action.kind) {
    case 'choices':
      return renderChoices(action.choices, handlers.onChoose);
    case 'form':
      return action.form === 'determination'
        ? renderDeterminationForm(options.determinations, handlers.onDetermination)
        : renderReferralsForm(options.referrals, handlers.onReferrals);
    case 'outcome':
      return h(
        'section',
        { className: 'outcome', attrs: { 'aria-labelledby': 'outcome-heading' } },
        focusableHeading(2, 'The story ends here', 'outcome-heading'),
        // An unscored story has no result: its debrief is the timeline of what happened.
        h('p', {}, options.scored ? 'Read how it ended above. Your debrief explains every point of your result.' : 'Read how it ended above. This scenario is unscored: the debrief shows what happened, step by step.'),
        h('button', { attrs: { type: 'button' }, on: { click: handlers.onContinue } }, 'Continue to debrief'),
      );
  }
}

/**
 * On a narrow screen the notebook opens over the story from a button in the header, and closes
 * from a button at its own top; on a wide screen both buttons are hidden (it is always shown).
 */
function notebookControls(panel: HTMLElement): { toggle: HTMLButtonElement; close: HTMLButtonElement } {
  const setOpen = (open: boolean): void => {
    panel.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open) panel.querySelector<HTMLElement>('input')?.focus();
    else toggle.focus();
  };
  const toggle: HTMLButtonElement = h(
    'button',
    {
      className: 'notebook-toggle',
      attrs: { type: 'button', 'aria-controls': 'notebook-panel', 'aria-expanded': 'false' },
      on: { click: () => setOpen(!panel.classList.contains('open')) },
    },
    'Notebook',
  );
  const close = h('button', { className: 'notebook-close', attrs: { type: 'button' }, on: { click: () => setOpen(false) } }, 'Close notebook');
  // Open over the story on a phone, it closes with Escape like any other panel that covers the page.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !panel.classList.contains('open')) return;
    event.preventDefault();
    setOpen(false);
  });
  return { toggle, close };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function createPauseDialog(handlers: PlayScreenHandlers): HTMLDialogElement {
  // Escape and Resume both close the dialog; closing resumes unless the trainee chose to leave.
  let exiting = false;
  const dialog: HTMLDialogElement = h(
    'dialog',
    { attrs: { 'aria-labelledby': 'pause-heading' } },
    h('h2', { attrs: { id: 'pause-heading' } }, 'Paused'),
    h('p', {}, 'Take the time you need. Your progress is saved in this browser.'),
    h(
      'div',
      { className: 'actions' },
      h('button', { attrs: { type: 'button', autofocus: true }, on: { click: () => dialog.close() } }, 'Resume'),
      h(
        'button',
        {
          attrs: { type: 'button' },
          on: {
            click: () => {
              exiting = true;
              dialog.close();
              handlers.onExit();
            },
          },
        },
        'Exit to menu',
      ),
    ),
  );
  dialog.addEventListener('close', () => {
    if (!exiting) handlers.onResume();
    exiting = false;
  });
  return dialog;
}
