// What the game draws, as plain data: the app derives it from the attempt (never the other way
// round), and the game reports only what the trainee did in the picture. The game never decides
// anything about the story or the score.

export interface HotspotState {
  /** The `hotspot` tag of the choice. */
  id: string;
  /** The choice's text: the same accessible name as the choice button in the DOM. */
  label: string;
  available: boolean;
}

export interface SceneState {
  /** The scenario's `scene` header tag; null draws the default room. */
  location: string | null;
  hotspots: readonly HotspotState[];
  /** Who spoke last (a `speaker` tag other than the trainee), or null. */
  speaker: string | null;
  mood: string | null;
  /** The interview's distress, 0–10. */
  distress: number;
  reducedMotion: boolean;
}

export interface SceneCallbacks {
  /** The trainee clicked or tapped a hotspot in the picture. */
  inspect(hotspotId: string): void;
  /** Loading the location's art: a fraction 0–1, then null when the scene is drawn. */
  progress(fraction: number | null): void;
}
