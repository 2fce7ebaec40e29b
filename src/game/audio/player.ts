// Plays the game's sounds through Howler: one ambience loop for the location and one-off story and
// interface sounds. Sounds are synthesised the first time they are needed and handed to Howler as
// WAV data URIs (Howler decodes them itself, so nothing is requested from any server).
// Nothing plays before the trainee's first gesture (a key or a pointer press on the page): until
// then an ambience is only remembered, and one-off sounds are dropped (their captions still show).
import { Howl, Howler } from 'howler';
import { soundDefinition, type SoundId } from './sounds';
import { wavDataUri } from './synth';

export interface AudioSettings {
  /** 0–1. */
  volume: number;
  muted: boolean;
}

const AMBIENCE_GAIN = 0.6;
const FADE_MS = 600;

export class GameAudio {
  private readonly howls = new Map<SoundId, Howl>();
  private ambience: { id: SoundId; howl: Howl } | null = null;
  private wantedAmbience: SoundId | null = null;
  private unlocked = false;
  private readonly onGesture = (): void => this.unlock();

  constructor(settings: AudioSettings, private readonly target: EventTarget = document) {
    this.apply(settings);
    target.addEventListener('pointerdown', this.onGesture, { once: true, capture: true });
    target.addEventListener('keydown', this.onGesture, { once: true, capture: true });
  }

  /** Marks that the trainee has interacted; starts the ambience that was waiting. */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.target.removeEventListener('pointerdown', this.onGesture, { capture: true });
    this.target.removeEventListener('keydown', this.onGesture, { capture: true });
    this.setAmbience(this.wantedAmbience);
  }

  apply(settings: AudioSettings): void {
    Howler.volume(Math.max(0, Math.min(1, settings.volume)));
    Howler.mute(settings.muted);
  }

  setAmbience(id: SoundId | null): void {
    this.wantedAmbience = id;
    if (!this.unlocked || this.ambience?.id === id) return;
    if (this.ambience) {
      const old = this.ambience.howl;
      old.fade(old.volume(), 0, FADE_MS);
      old.once('fade', () => old.stop());
    }
    this.ambience = null;
    if (id === null) return;
    const howl = this.howl(id);
    howl.volume(0);
    howl.play();
    howl.fade(0, AMBIENCE_GAIN, FADE_MS);
    this.ambience = { id, howl };
  }

  play(id: SoundId): void {
    if (!this.unlocked) return;
    this.howl(id).play();
  }

  /** Stops everything and frees the decoded audio (leaving a scenario). */
  stop(): void {
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
    this.ambience = null;
    this.wantedAmbience = null;
  }

  private howl(id: SoundId): Howl {
    let howl = this.howls.get(id);
    if (!howl) {
      const definition = soundDefinition(id);
      howl = new Howl({ src: [wavDataUri(definition.make())], format: ['wav'], loop: definition.loop, html5: false });
      this.howls.set(id, howl);
    }
    return howl;
  }
}
