// Connects an attempt to its picture, portraits and sound: derives the game's SceneState from the
// attempt's view, starts the Phaser game and the audio (both loaded on demand, after the story's
// first choice is on screen), plays `sfx` sounds with captions, and turns a click on a hotspot into
// the same choice the DOM button makes. It never decides what is allowed: the engine does.
import type { ChoiceView } from '../engine/playthrough';
import type { Line } from '../engine/storyRunner';
import type { GameHandle } from '../game/main';
import type { GameAudio } from '../game/audio/player';
import { captionForSfx, isSoundId, soundDefinition, storySound } from '../game/audio/sounds';
import { expressionFor, lookFor, portraitDataUrl } from '../game/portraits/portrait';
import type { SceneState } from '../game/sceneState';
import type { Settings, SettingsPanel } from '../ui/settings';
import type { Stage } from '../ui/stage';
import { messageOf } from '../util/errors';

/** Speakers who are the trainee: no portrait of them (the trainee sees the others). */
const TRAINEE_SPEAKERS = new Set(['You']);

/**
 * What the scene needs from an attempt: the lines so far, the choices now and the interview's
 * distress. A PlaythroughView has them; so does anything derived from the attempt actor's snapshot.
 */
export interface AttemptPicture {
  transcript: readonly Line[];
  choices: readonly ChoiceView[];
  interview: { distress: number };
}

export interface ScenePresenter {
  /** The attempt moved: `newLines` are the lines not seen before. */
  update(view: AttemptPicture, newLines: readonly Line[]): void;
  /** An interface sound with its caption (e.g. the notebook's chime when an indicator is flagged). */
  cue(id: 'flag'): void;
  /** Leaving the attempt: stops sound and frees the canvas. */
  destroy(): void;
}

export interface ScenePresenterOptions {
  scenarioId: string;
  location: string | null;
  stage: Stage;
  settings: SettingsPanel;
  /** Choose the choice with this index (the game's hotspot click). */
  choose(index: number): void;
  /** The element holding the choice buttons, to light a hotspot when its button has focus. */
  choicesHost: HTMLElement;
}

export function sceneStateOf(location: string | null, view: AttemptPicture, reducedMotion: boolean): SceneState {
  const last = [...view.transcript].reverse().find((line) => line.tags.speaker && !TRAINEE_SPEAKERS.has(line.tags.speaker));
  return {
    location,
    hotspots: view.choices.flatMap((choice) => (choice.tags.hotspot ? [{ id: choice.tags.hotspot, label: choice.text, available: choice.available }] : [])),
    speaker: last?.tags.speaker ?? null,
    mood: last?.tags.mood ?? null,
    distress: view.interview.distress,
    reducedMotion,
  };
}

export function createScenePresenter(options: ScenePresenterOptions): ScenePresenter {
  const { stage, settings } = options;
  let view: AttemptPicture | null = null;
  let game: GameHandle | null = null;
  let audio: GameAudio | null = null;
  let destroyed = false;

  const audioSettings = (current: Settings) => ({ volume: current.volume / 100, muted: current.muted });
  stage.setCaptionsVisible(settings.current().captions);
  const unsubscribe = settings.subscribe((current) => {
    stage.setCaptionsVisible(current.captions);
    audio?.apply(audioSettings(current));
    if (view) game?.show(sceneStateOf(options.location, view, settings.motionOff()));
  });

  const inspect = (hotspotId: string): void => {
    const choice = view?.choices.find((candidate) => candidate.tags.hotspot === hotspotId && candidate.available);
    if (choice) options.choose(choice.index);
  };

  const onFocus = (event: FocusEvent): void => {
    const hotspot = event.target instanceof HTMLElement ? event.target.dataset['hotspot'] : undefined;
    game?.highlight(hotspot ?? null);
  };
  options.choicesHost.addEventListener('focusin', onFocus);

  const start = async (first: AttemptPicture): Promise<void> => {
    const [{ startGame }, { loadScene }, { GameAudio }] = await Promise.all([import('../game/main'), import('../game/layouts'), import('../game/audio/player')]);
    if (destroyed) return;
    const scene = await loadScene(options.location);
    stage.setDescription(scene.layout.description);
    audio = new GameAudio(audioSettings(settings.current()));
    if (isSoundId(scene.layout.ambience)) {
      audio.setAmbience(scene.layout.ambience);
      stage.showCaption(soundDefinition(scene.layout.ambience).caption);
    }
    const handle = await startGame(stage.canvasHost, sceneStateOf(options.location, view ?? first, settings.motionOff()), {
      inspect,
      progress: (fraction) => stage.setProgress(fraction),
    });
    if (destroyed) handle.destroy();
    else game = handle;
  };

  return {
    update(next, newLines) {
      const firstUpdate = view === null;
      view = next;
      const state = sceneStateOf(options.location, next, settings.motionOff());
      if (state.speaker) {
        const expression = expressionFor(state.mood, state.distress);
        stage.setPortrait({ speaker: state.speaker, mood: state.mood ?? expression, src: portraitDataUrl(lookFor(state.speaker, options.scenarioId), expression) });
      } else {
        stage.setPortrait(null);
      }
      for (const line of newLines) {
        if (!line.tags.sfx) continue;
        stage.showCaption(captionForSfx(line.tags.sfx));
        const sound = storySound(line.tags.sfx);
        if (sound) audio?.play(sound);
      }
      if (firstUpdate) {
        stage.setProgress(0);
        void start(next).catch((error: unknown) => {
          // The picture is presence, not content: the story stays playable without it.
          stage.setProgress(null);
          stage.setDescription(`The scene picture could not be shown (${messageOf(error)}).`);
        });
      } else {
        game?.show(state);
      }
    },
    cue(id) {
      stage.showCaption(soundDefinition(id).caption);
      audio?.play(id);
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      options.choicesHost.removeEventListener('focusin', onFocus);
      audio?.stop();
      game?.destroy();
    },
  };
}
