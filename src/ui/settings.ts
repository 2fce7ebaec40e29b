// Sound and display settings beside the text size control: high contrast, reduced motion, volume,
// mute and captions. Remembered in this browser; the page applies contrast and motion to <html>, and
// whoever plays sound or draws the scene subscribes to changes.
import { h, uniqueId } from './dom';
import { rememberItem, type KeyValueStore } from '../util/webStorage';

export const SETTINGS_KEY = 'threshold.settings';

export interface Settings {
  highContrast: boolean;
  /** The trainee's choice, or null to follow the system's `prefers-reduced-motion`. */
  reducedMotion: boolean | null;
  /** 0–100. */
  volume: number;
  muted: boolean;
  captions: boolean;
}

export const DEFAULT_SETTINGS: Settings = { highContrast: false, reducedMotion: null, volume: 70, muted: false, captions: true };

/** Whether movement is off: the trainee's choice, else the system's preference. */
export function motionOff(settings: Settings, systemPrefersReduced: boolean): boolean {
  return settings.reducedMotion ?? systemPrefersReduced;
}

/** The stored settings over the defaults; anything unreadable falls back to the default. */
export function readSettings(store: KeyValueStore): Settings {
  const fallback = DEFAULT_SETTINGS;
  let stored: Partial<Record<keyof Settings, unknown>> = {};
  try {
    const parsed: unknown = JSON.parse(store.getItem(SETTINGS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') stored = parsed as typeof stored;
  } catch {
    stored = {};
  }
  const flag = (key: 'highContrast' | 'muted' | 'captions'): boolean => (typeof stored[key] === 'boolean' ? (stored[key] as boolean) : fallback[key]);
  const volume = typeof stored.volume === 'number' && stored.volume >= 0 && stored.volume <= 100 ? Math.round(stored.volume) : fallback.volume;
  const reducedMotion = typeof stored.reducedMotion === 'boolean' ? stored.reducedMotion : null;
  return { highContrast: flag('highContrast'), reducedMotion, volume, muted: flag('muted'), captions: flag('captions') };
}

/** Contrast on <html>; motion only when the trainee chose (otherwise the CSS follows the system). */
export function applyDisplaySettings(root: HTMLElement, settings: Settings): void {
  root.dataset['contrast'] = settings.highContrast ? 'high' : 'normal';
  if (settings.reducedMotion === null) delete root.dataset['motion'];
  else root.dataset['motion'] = settings.reducedMotion ? 'reduced' : 'full';
}

export interface SettingsPanel {
  element: HTMLElement;
  current(): Settings;
  /** Whether movement is off now (the trainee's choice, else the system's preference). */
  motionOff(): boolean;
  /** Called after every change, with the new settings. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** A "Sound and display" disclosure with native controls (checkboxes and a range), keyboard-ready. */
export function createSettingsPanel(root: HTMLElement, store: KeyValueStore, systemPrefersReduced: () => boolean): SettingsPanel {
  let settings = readSettings(store);
  const listeners = new Set<(settings: Settings) => void>();
  applyDisplaySettings(root, settings);

  const update = (change: Partial<Settings>): void => {
    settings = { ...settings, ...change };
    // Applied whether or not the browser keeps it (storage full or blocked: only not remembered).
    rememberItem(store, SETTINGS_KEY, JSON.stringify(settings));
    applyDisplaySettings(root, settings);
    for (const listener of listeners) listener(settings);
  };

  const checkbox = (label: string, key: 'highContrast' | 'reducedMotion' | 'muted' | 'captions'): HTMLElement => {
    const id = uniqueId(`setting-${key}`);
    const checked = key === 'reducedMotion' ? motionOff(settings, systemPrefersReduced()) : settings[key];
    const input = h('input', { attrs: { id, type: 'checkbox', checked } });
    input.addEventListener('change', () => update({ [key]: input.checked }));
    return h('div', { className: 'setting' }, input, ' ', h('label', { attrs: { for: id } }, label));
  };

  const volumeId = uniqueId('setting-volume');
  const volume = h('input', { attrs: { id: volumeId, type: 'range', min: '0', max: '100', step: '5', value: String(settings.volume) } });
  volume.addEventListener('input', () => update({ volume: Number(volume.value) }));

  const element = h(
    'details',
    { className: 'settings-panel' },
    h('summary', {}, 'Sound and display'),
    h(
      'div',
      { className: 'settings-body' },
      checkbox('High contrast', 'highContrast'),
      checkbox('Reduce motion', 'reducedMotion'),
      h('div', { className: 'setting' }, h('label', { attrs: { for: volumeId } }, 'Volume'), ' ', volume),
      checkbox('Mute sound', 'muted'),
      checkbox('Show captions for sounds', 'captions'),
    ),
  );
  return {
    element,
    current: () => settings,
    motionOff: () => motionOff(settings, systemPrefersReduced()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
