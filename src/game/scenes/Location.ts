// The location: the scene's picture, its hotspots as places to click or tap, weather, and a dimming
// that follows the interview's distress. Reduced motion draws the same picture with nothing moving.
// Keyboard users reach the same hotspots through the choice buttons in the DOM; focusing one lights
// its place here.
import { Scene, type GameObjects, type Tweens } from 'phaser';
import { placeHotspots, SCENE_HEIGHT, SCENE_WIDTH, type PlacedHotspot } from '../layouts';
import type { SceneState } from '../sceneState';
import { PICTURE_KEY } from './Preloader';
import { HIGHLIGHT_EVENT, STATE_EVENT, type SceneData } from './sceneData';

const GOLD = 0xe9c46a;
const GREY = 0x9aa2ab;
const RAIN_DROPS = 140;

interface DrawnHotspot {
  placed: PlacedHotspot;
  frame: GameObjects.Graphics;
  zone: GameObjects.Zone;
  pulse: Tweens.Tween | null;
}

export class Location extends Scene {
  private data_!: SceneData;
  private drawn: DrawnHotspot[] = [];
  private label!: GameObjects.Text;
  private shade!: GameObjects.Rectangle;
  private rain: GameObjects.Graphics | null = null;
  private drops: Array<{ x: number; y: number; speed: number }> = [];
  private reducedMotion = false;

  constructor() {
    super('Location');
  }

  create(data: SceneData): void {
    this.data_ = data;
    this.add.image(0, 0, PICTURE_KEY).setOrigin(0, 0).setDisplaySize(SCENE_WIDTH, SCENE_HEIGHT);
    this.shade = this.add.rectangle(0, 0, SCENE_WIDTH, SCENE_HEIGHT, 0x05070c, 0).setOrigin(0, 0);
    if (data.scene.layout.weather === 'rain') this.rain = this.add.graphics();
    this.label = this.add
      .text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontSize: '26px', color: '#ffffff', backgroundColor: '#1b2230', padding: { x: 10, y: 6 } })
      .setDepth(10)
      .setVisible(false);

    const onState = (state: SceneState): void => this.apply(state);
    const onHighlight = (id: string | null): void => this.highlight(id);
    this.game.events.on(STATE_EVENT, onState);
    this.game.events.on(HIGHLIGHT_EVENT, onHighlight);
    this.events.once('shutdown', () => {
      this.game.events.off(STATE_EVENT, onState);
      this.game.events.off(HIGHLIGHT_EVENT, onHighlight);
    });

    const state = data.current();
    this.apply(state);
    if (!state.reducedMotion) this.cameras.main.fadeIn(450, 27, 34, 48);
    data.callbacks.progress(null);
  }

  override update(_time: number, delta: number): void {
    if (!this.rain) return;
    this.rain.clear();
    if (this.reducedMotion) return;
    if (this.drops.length === 0) {
      for (let i = 0; i < RAIN_DROPS; i++) this.drops.push({ x: Math.random() * SCENE_WIDTH, y: Math.random() * SCENE_HEIGHT, speed: 0.6 + Math.random() * 0.5 });
    }
    this.rain.lineStyle(2, 0xbcd3ea, 0.35);
    for (const drop of this.drops) {
      drop.y += drop.speed * delta;
      drop.x -= drop.speed * delta * 0.15;
      if (drop.y > SCENE_HEIGHT) {
        drop.y = -20;
        drop.x = Math.random() * (SCENE_WIDTH + 100);
      }
      this.rain.lineBetween(drop.x, drop.y, drop.x - 4, drop.y + 18);
    }
  }

  private apply(state: SceneState): void {
    this.reducedMotion = state.reducedMotion;
    // Distress darkens the room a little: presence, not information (the numbers are never shown).
    this.shade.fillAlpha = Math.min(state.distress, 10) * 0.025;
    for (const old of this.drawn) {
      old.pulse?.remove();
      old.frame.destroy();
      old.zone.destroy();
    }
    this.label.setVisible(false);
    this.drawn = placeHotspots(this.data_.scene.layout, state.hotspots).map((placed) => this.drawHotspot(placed));
  }

  private drawHotspot(placed: PlacedHotspot): DrawnHotspot {
    const { x, y, w, h } = placed.rect;
    const frame = this.add.graphics().setDepth(5);
    frame.lineStyle(4, placed.available ? GOLD : GREY, 1);
    frame.fillStyle(placed.available ? GOLD : GREY, 0.12);
    frame.fillRoundedRect(x, y, w, h, 10);
    frame.strokeRoundedRect(x, y, w, h, 10);
    const zone = this.add.zone(x, y, w, h).setOrigin(0, 0).setDepth(6);
    let pulse: Tweens.Tween | null = null;
    if (placed.available) {
      zone.setInteractive({ useHandCursor: true });
      zone.on('pointerover', () => this.showLabel(placed));
      zone.on('pointerout', () => this.label.setVisible(false));
      zone.on('pointerup', () => this.data_.callbacks.inspect(placed.id));
      if (!this.reducedMotion) pulse = this.tweens.add({ targets: frame, alpha: { from: 1, to: 0.35 }, duration: 900, yoyo: true, repeat: -1 });
    } else {
      frame.setAlpha(0.6);
    }
    return { placed, frame, zone, pulse };
  }

  private showLabel(placed: PlacedHotspot): void {
    const { x, y, w } = placed.rect;
    this.label.setText(placed.label);
    const left = Math.max(8, Math.min(x + w / 2 - this.label.width / 2, SCENE_WIDTH - this.label.width - 8));
    const top = y - this.label.height - 10 < 8 ? y + placed.rect.h + 10 : y - this.label.height - 10;
    this.label.setPosition(left, top).setVisible(true);
  }

  private highlight(id: string | null): void {
    const target = this.drawn.find((drawn) => drawn.placed.id === id);
    if (target) this.showLabel(target.placed);
    else this.label.setVisible(false);
  }
}
