// The game: a Phaser canvas that draws the location of the scenario being played. Loaded with a
// dynamic import after the menu is usable, so the menu never waits for Phaser. It renders the
// SceneState the page gives it and reports hotspot clicks; it never sees the story or a score.
import { CANVAS, Game, Scale } from 'phaser';
import { loadScene, SCENE_HEIGHT, SCENE_WIDTH } from './layouts';
import type { SceneCallbacks, SceneState } from './sceneState';
import { Boot } from './scenes/Boot';
import { Location } from './scenes/Location';
import { Preloader } from './scenes/Preloader';
import { HIGHLIGHT_EVENT, STATE_EVENT, type SceneData } from './scenes/sceneData';

export interface GameHandle {
  show(state: SceneState): void;
  /** Lights the place of the hotspot whose DOM control has focus; null for none. */
  highlight(hotspotId: string | null): void;
  destroy(): void;
}

export async function startGame(parent: HTMLElement, initial: SceneState, callbacks: SceneCallbacks): Promise<GameHandle> {
  let current = initial;
  callbacks.progress(0);
  const scene = await loadScene(initial.location);
  const data: SceneData = { scene, callbacks, current: () => current };
  const game = new Game({
    // The Canvas renderer: the scene is one picture and a few shapes, which 2D canvas draws cheaply
    // everywhere, while WebGL without a GPU (software rendering, many school PCs, headless Chromium)
    // fell to 4 frames a second and starved the page's own controls. 30 frames a second is enough
    // for rain and a pulsing outline and halves the work.
    type: CANVAS,
    fps: { target: 30, limit: 30 },
    parent,
    width: SCENE_WIDTH,
    height: SCENE_HEIGHT,
    backgroundColor: '#1b2230',
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_HORIZONTALLY },
    // The page's own audio (Howler) plays sound; Phaser's would ask for an AudioContext too.
    audio: { noAudio: true },
    banner: false,
    scene: [],
  });
  game.scene.add('Boot', Boot);
  game.scene.add('Preloader', Preloader);
  game.scene.add('Location', Location);
  game.scene.start('Boot', data);
  return {
    show(state) {
      current = state;
      game.events.emit(STATE_EVENT, state);
    },
    highlight(hotspotId) {
      game.events.emit(HIGHLIGHT_EVENT, hotspotId);
    },
    destroy() {
      game.destroy(true);
    },
  };
}
