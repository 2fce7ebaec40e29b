// Scene layouts against the shipped stories: every `scene` tag has a picture and a layout, every
// `hotspot` tag has a place inside the picture, and a hotspot a layout does not know still gets one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScene, placeHotspots, SCENE_HEIGHT, SCENE_WIDTH, sceneIds } from '../../../src/game/layouts';

const storiesDir = join(import.meta.dirname, '../../../stories');
const stories = readdirSync(storiesDir)
  .filter((name) => name.endsWith('.ink'))
  .map((name) => {
    const text = readFileSync(join(storiesDir, name), 'utf8');
    return {
      name,
      scene: /^#\s*scene:\s*([a-z_]+)/m.exec(text)?.[1] ?? null,
      hotspots: [...text.matchAll(/#\s*hotspot:\s*([a-z_]+)/g)].map((match) => match[1]!),
    };
  });

describe('scene layouts', () => {
  it('has a picture and a layout for every scene the stories name', () => {
    const missing = stories.filter((story) => story.scene !== null && !sceneIds().includes(story.scene)).map((story) => `${story.name}: ${story.scene}`);
    expect(missing).toEqual([]);
  });

  it.each(stories.filter((story) => story.scene !== null))('places every hotspot of $name inside its picture', async (story) => {
    const { layout, pictureUrl } = await loadScene(story.scene);
    expect(layout.id).toBe(story.scene);
    expect(pictureUrl).toMatch(/\.svg$/);
    expect(story.hotspots.filter((id) => !(id in layout.hotspots))).toEqual([]);
    for (const rect of Object.values(layout.hotspots)) {
      expect(rect.x).toBeGreaterThanOrEqual(0);
      expect(rect.y).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.w).toBeLessThanOrEqual(SCENE_WIDTH);
      expect(rect.y + rect.h).toBeLessThanOrEqual(SCENE_HEIGHT);
    }
  });

  it('draws a scene it does not know as the default room, and shelves hotspots the layout lacks', async () => {
    const { layout } = await loadScene('a_scene_a_trainer_just_named');
    expect(layout.id).toBe('default');
    const placed = placeHotspots(layout, [
      { id: 'one', label: 'Look at one', available: true },
      { id: 'two', label: 'Look at two', available: false },
    ]);
    expect(placed.map((hotspot) => hotspot.rect.y)).toEqual([placed[0]!.rect.y, placed[0]!.rect.y]);
    expect(placed[1]!.rect.x).toBeGreaterThan(placed[0]!.rect.x + placed[0]!.rect.w - 1);
    expect(placed[1]!.available).toBe(false);
  });
});
