// Runs one attempt in the page: a Playthrough (the engine) drawn by the play screen (the UI).
// Every trainee input goes to the engine first; the screen then shows the engine's new view, and
// the attempt is saved to the browser after every input so a reload loses nothing.
import type { Scenario } from '../content/types';
import type { Playthrough, PlaythroughView } from '../engine/playthrough';
import type { Line } from '../engine/storyRunner';
import type { ChoiceItem } from '../ui/choices';
import { captionForSfx } from '../game/audio/sounds';
import { createPlayScreen, type PlayScreen } from '../ui/playScreen';
import type { SettingsPanel } from '../ui/settings';
import { createStage } from '../ui/stage';
import type { TranscriptLine } from '../ui/transcript';
import { createScenePresenter } from './scenePresenter';
import { determinationOptions, indicatorOptions, referralOptions } from './taxonomyOptions';

export interface AttemptHooks {
  /** Persist the attempt (called after every input). */
  save: (playthrough: Playthrough) => void;
  /** The story ended and no form is owed. */
  onComplete: (playthrough: Playthrough) => void;
  /** The trainee left for the menu; the attempt stays saved. */
  onExit: () => void;
  /** Sound and display settings (the scene and its sound follow them). */
  settings: SettingsPanel;
}

/** Builds the play screen for `playthrough`; the caller mounts `element` and calls `focusTitle`. */
export function runAttempt(scenario: Scenario, playthrough: Playthrough, hooks: AttemptHooks): PlayScreen {
  let shownLines = 0;

  const render = (): void => {
    const view = playthrough.view();
    if (view.complete) {
      presenter.destroy();
      hooks.onComplete(playthrough);
      return;
    }
    const fresh = view.transcript.slice(shownLines);
    shownLines = view.transcript.length;
    presenter.update(view, fresh);
    screen.show({
      newLines: fresh.map(toTranscriptLine),
      choices: view.choices.map(toChoiceItem),
      pendingDecision: view.pendingDecision,
      flagged: view.flags,
    });
  };

  /** Applies one input; a refusal from the engine is shown, never swallowed. */
  const act = (action: () => void, echo?: string): void => {
    try {
      action();
    } catch (error) {
      screen.showError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (echo) screen.noteAction(echo);
    hooks.save(playthrough);
    render();
  };

  /** A choice from its button or from its hotspot in the picture: the same input either way. */
  const choose = (index: number): void => {
    const text = playthrough.view().choices.find((choice) => choice.index === index)?.text;
    act(() => playthrough.choose(index), text);
  };

  const stage = createStage();
  const screen = createPlayScreen({
    title: scenario.meta.title,
    stage: stage.element,
    indicators: indicatorOptions,
    determinations: determinationOptions,
    referrals: referralOptions,
    handlers: {
      onChoose: choose,
      onFlag: (id) => {
        actQuietly(() => playthrough.flag(id));
        presenter.cue('flag');
      },
      onUnflag: (id) => actQuietly(() => playthrough.unflag(id)),
      onDetermination: (id) => act(() => playthrough.submitDetermination(id), `Determination: ${labelOf(determinationOptions, id)}`),
      onReferrals: (ids) =>
        act(
          () => playthrough.submitReferrals(ids),
          ids.length === 0 ? 'Referrals: none' : `Referrals: ${ids.map((id) => labelOf(referralOptions, id)).join(', ')}`,
        ),
      onPause: () => actQuietly(() => playthrough.pause()),
      onResume: () => actQuietly(() => {
        if (playthrough.view().paused) playthrough.resume();
      }),
      onExit: () => {
        presenter.destroy();
        leave(playthrough);
        hooks.onExit();
      },
    },
  });
  const presenter = createScenePresenter({
    scenarioId: scenario.meta.id,
    location: scenario.meta.scene ?? null,
    stage,
    settings: hooks.settings,
    choicesHost: screen.element,
    choose,
  });

  /** Notebook and pause inputs: saved, but the story does not move, so focus stays put. */
  const actQuietly = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      screen.showError(error instanceof Error ? error.message : String(error));
      return;
    }
    hooks.save(playthrough);
    screen.updateNotebook(playthrough.view().flags);
  };

  /** Leaving mid-attempt is recorded as a pause, so the time away is not counted as play. */
  const leave = (current: Playthrough): void => {
    const view = current.view();
    if (!view.paused && !view.complete) current.pause();
    hooks.save(current);
  };

  // A restored attempt may have been left paused: coming back is resuming it.
  if (playthrough.view().paused) {
    playthrough.resume();
    hooks.save(playthrough);
  }
  render();
  return screen;
}

function toTranscriptLine(line: Line): TranscriptLine {
  return {
    text: line.text,
    ...(line.tags.speaker ? { speaker: line.tags.speaker } : {}),
    ...(line.tags.mood ? { mood: line.tags.mood } : {}),
    ...(line.tags.sfx ? { sound: captionForSfx(line.tags.sfx) } : {}),
  };
}

function toChoiceItem(choice: PlaythroughView['choices'][number]): ChoiceItem {
  const hotspot = choice.tags.hotspot ? { hotspot: choice.tags.hotspot } : {};
  return choice.available
    ? { index: choice.index, text: choice.text, ...hotspot, available: true }
    : { index: choice.index, text: choice.text, ...hotspot, available: false, reason: choice.reason };
}

function labelOf(options: ReadonlyArray<{ id: string; label: string }>, id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}
