// First scene: nothing to load yet; sets the clear colour and hands over to the Preloader with the
// scene the game was started for (the pattern of phaserjs/template-vite-ts).
import { Scene } from 'phaser';
import type { SceneData } from './sceneData';

export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(data: SceneData): void {
    this.cameras.main.setBackgroundColor('#1b2230');
    this.scene.start('Preloader', data);
  }
}
