// What the game's scenes hand each other when they start: the location to draw, the callbacks to
// the page, and the latest state (kept by game/main.ts, read when a scene starts).
import type { LoadedScene } from '../layouts';
import type { SceneCallbacks, SceneState } from '../sceneState';

export interface SceneData {
  scene: LoadedScene;
  callbacks: SceneCallbacks;
  current: () => SceneState;
}

/** Game-wide event the Location scene listens to when the page has a new state. */
export const STATE_EVENT = 'threshold:state';
/** Game-wide event: highlight the hotspot whose DOM control has focus (or none). */
export const HIGHLIGHT_EVENT = 'threshold:highlight';
