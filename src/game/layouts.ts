// Scene layouts: assets/scenes/<id>.json (a description for screen readers, the ambience and where
// each hotspot sits in the 1280×720 picture) beside assets/scenes/<id>.svg (the picture). Both are
// loaded when a scenario is opened, never with the menu.
import type { HotspotState } from './sceneState';

export const SCENE_WIDTH = 1280;
export const SCENE_HEIGHT = 720;
export const DEFAULT_SCENE = 'default';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneLayout {
  id: string;
  description: string;
  /** Ambience sound id (src/game/audio/sounds.ts). */
  ambience: string;
  /** Weather drawn over the picture (only rain exists today). */
  weather?: 'rain';
  hotspots: Record<string, Rect>;
}

export interface LoadedScene {
  layout: SceneLayout;
  /** URL of the built SVG file. */
  pictureUrl: string;
}

const layoutFiles = import.meta.glob<SceneLayout>('../../assets/scenes/*.json', { import: 'default' });
const pictureFiles = import.meta.glob<string>('../../assets/scenes/*.svg', { query: '?url', import: 'default' });

function fileKey(id: string, extension: 'json' | 'svg'): string {
  return `../../assets/scenes/${id}.${extension}`;
}

/** The scene ids that have both a layout and a picture. */
export function sceneIds(): string[] {
  return Object.keys(layoutFiles)
    .map((path) => path.replace(/^.*\/(.+)\.json$/, '$1'))
    .filter((id) => fileKey(id, 'svg') in pictureFiles);
}

/** Loads a scene's layout and picture URL; an unknown id (a trainer's new scene) gets the default room. */
export async function loadScene(id: string | null): Promise<LoadedScene> {
  const known = id !== null && fileKey(id, 'json') in layoutFiles && fileKey(id, 'svg') in pictureFiles;
  const key = known ? id : DEFAULT_SCENE;
  const [layout, pictureUrl] = await Promise.all([layoutFiles[fileKey(key, 'json')]!(), pictureFiles[fileKey(key, 'svg')]!()]);
  return { layout, pictureUrl };
}

export interface PlacedHotspot extends HotspotState {
  rect: Rect;
}

const SHELF = { y: 612, w: 180, h: 72, gap: 16, left: 40 };

/**
 * Where each hotspot is drawn: its place in the layout, or, for a hotspot the layout does not know
 * (a trainer added one without editing the layout), a slot on a shelf along the bottom of the
 * picture, so every hotspot can still be clicked.
 */
export function placeHotspots(layout: SceneLayout, hotspots: readonly HotspotState[]): PlacedHotspot[] {
  let shelfSlot = 0;
  return hotspots.map((hotspot) => {
    const known = layout.hotspots[hotspot.id];
    if (known) return { ...hotspot, rect: known };
    const x = SHELF.left + shelfSlot * (SHELF.w + SHELF.gap);
    shelfSlot += 1;
    return { ...hotspot, rect: { x: Math.min(x, SCENE_WIDTH - SHELF.w), y: SHELF.y, w: SHELF.w, h: SHELF.h } };
  });
}
