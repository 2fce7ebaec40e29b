// Loads one location's picture with a progress bar in the canvas, and reports the same progress to
// the page (a DOM progress bar screen readers can read), then starts the Location scene.
import { Scene } from 'phaser';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../layouts';
import type { SceneData } from './sceneData';

export const PICTURE_KEY = 'location-picture';

export class Preloader extends Scene {
  private data_!: SceneData;

  constructor() {
    super('Preloader');
  }

  init(data: SceneData): void {
    this.data_ = data;
    const barWidth = 468;
    const x = SCENE_WIDTH / 2;
    const y = SCENE_HEIGHT / 2;
    this.add.rectangle(x, y, barWidth, 32).setStrokeStyle(2, 0xe3e6ea);
    const bar = this.add.rectangle(x - barWidth / 2 + 4, y, 4, 24, 0xe9c46a).setOrigin(0, 0.5);
    this.load.on('progress', (progress: number) => {
      bar.width = 4 + (barWidth - 8) * progress;
      data.callbacks.progress(progress);
    });
  }

  preload(): void {
    if (this.textures.exists(PICTURE_KEY)) this.textures.remove(PICTURE_KEY);
    this.load.svg(PICTURE_KEY, this.data_.scene.pictureUrl, { width: SCENE_WIDTH, height: SCENE_HEIGHT });
  }

  create(): void {
    this.scene.start('Location', this.data_);
  }
}
