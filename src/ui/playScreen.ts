// One screen while a scenario plays: controls (pause, exit), the story so far, what the trainee can
// do now (choices, or the form the story asked for) and the notebook. It renders states it is
// given and reports intents through handlers; the engine decides what is allowed.
import type { DecisionKind } from '../content/types';
import { renderChoices, type ChoiceItem } from './choices';
import { renderDeterminationForm, renderReferralsForm, type FormOption } from './decisionForms';
import { focusableHeading, h, moveFocusTo, replaceChildren } from './dom';
import { createNotebook, type IndicatorOption, type NotebookHandlers } from './notebook';
import { createTranscript, type TranscriptLine } from './transcript';

export interface PlayScreenState {
  /** Lines not shown yet (appended to the transcript). */
  newLines: readonly TranscriptLine[];
  choices: readonly ChoiceItem[];
  pendingDecision: DecisionKind | null;
  flagged: readonly string[];
}

export interface PlayScreenHandlers extends NotebookHandlers {
  onChoose: (index: number) => void;
  onDetermination: (id: string) => void;
  onReferrals: (ids: string[]) => void;
  onPause: () => void;
  onResume: () => void;
  /** Leave to the menu; the attempt stays saved and resumable. */
  onExit: () => void;
}

export interface PlayScreenOptions {
  title: string;
  /** The scene picture (stage.ts), shown above the story when given. */
  stage?: HTMLElement;
  indicators: readonly IndicatorOption[];
  determinations: readonly FormOption[];
  referrals: readonly FormOption[];
  handlers: PlayScreenHandlers;
}

export interface PlayScreen {
  element: HTMLElement;
  /** Renders a state; focus goes to the first new line, else to the form or choices heading. */
  show(state: PlayScreenState): void;
  /** Re-renders the notebook only (a flag changed; the story did not move). */
  updateNotebook(flagged: readonly string[]): void;
  /** Echoes the trainee's own action into the transcript. */
  noteAction(text: string): void;
  /** A problem the trainee must see (e.g. the engine refused an action). */
  showError(message: string): void;
  /** Focuses the screen's title; used when the screen is first shown. */
  focusTitle(): void;
}

export function createPlayScreen(options: PlayScreenOptions): PlayScreen {
  const { handlers } = options;
  const title = focusableHeading(1, options.title, 'play-heading');
  const transcript = createTranscript();
  const notebook = createNotebook(options.indicators, handlers);
  const actionArea = h('div', { className: 'action-area' });
  const errors = h('div', { attrs: { role: 'alert' } });
  const pauseDialog = createPauseDialog(handlers);

  const element = h(
    'section',
    { className: 'screen play', attrs: { 'aria-labelledby': 'play-heading' } },
    h(
      'div',
      { className: 'play-header' },
      title,
      h(
        'div',
        { className: 'play-controls', attrs: { role: 'group', 'aria-label': 'Scenario controls' } },
        h(
          'button',
          {
            attrs: { type: 'button' },
            on: {
              click: () => {
                handlers.onPause();
                pauseDialog.showModal();
              },
            },
          },
          'Pause',
        ),
        h('button', { attrs: { type: 'button' }, on: { click: handlers.onExit } }, 'Exit to menu'),
      ),
    ),
    errors,
    h('div', { className: 'play-columns' }, h('div', { className: 'play-main' }, options.stage, transcript.element, actionArea), notebook.element),
    pauseDialog,
  );

  return {
    element,
    show(state) {
      errors.replaceChildren();
      const firstNew = transcript.appendLines(state.newLines);
      notebook.update(state.flagged);
      let target: HTMLElement;
      if (state.pendingDecision === 'determination') {
        target = renderDeterminationForm(options.determinations, handlers.onDetermination);
      } else if (state.pendingDecision === 'referrals') {
        target = renderReferralsForm(options.referrals, handlers.onReferrals);
      } else {
        target = renderChoices(state.choices, handlers.onChoose);
      }
      replaceChildren(actionArea, target);
      moveFocusTo(firstNew ?? (target.querySelector('h2') as HTMLElement | null) ?? target);
    },
    updateNotebook(flagged) {
      notebook.update(flagged);
    },
    noteAction(text) {
      transcript.appendAction(text);
    },
    showError(message) {
      replaceChildren(errors, h('p', { className: 'notice' }, message));
    },
    focusTitle() {
      moveFocusTo(title);
    },
  };
}

function createPauseDialog(handlers: PlayScreenHandlers): HTMLDialogElement {
  // Escape, Resume and Exit all close the dialog. Resuming is recorded once, when it closes,
  // unless the trainee chose to leave (the exit handler saves the attempt as it is).
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
