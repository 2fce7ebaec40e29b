// The picture area above the story: a host for the game's canvas (hidden from screen readers: the
// same things are in the DOM), the speaker's portrait as an image with a text alternative, the
// captions of sounds, a progress bar while the scene loads, and a written description of the place.
import { h, replaceChildren } from './dom';
import { readableId } from '../util/words';

export interface PortraitView {
  speaker: string;
  /** The mood word shown in the alternative text (the line's mood, or the expression's name). */
  mood: string;
  src: string;
}

export interface Stage {
  element: HTMLElement;
  /** Where the game mounts its canvas. */
  canvasHost: HTMLElement;
  setDescription(text: string): void;
  setPortrait(portrait: PortraitView | null): void;
  /** A fraction 0–1 while loading, null when the scene is drawn. */
  setProgress(fraction: number | null): void;
  showCaption(text: string): void;
  setCaptionsVisible(visible: boolean): void;
}

const CAPTION_MS = 4500;

export function createStage(): Stage {
  const canvasHost = h('div', { className: 'stage-canvas', attrs: { 'aria-hidden': 'true' } });
  const portrait = h('img', { className: 'portrait', attrs: { alt: '', hidden: true } });
  // Captions repeat what the transcript already says for story sounds, so they are not announced twice.
  const captions = h('p', { className: 'stage-captions', attrs: { 'aria-hidden': 'true' } });
  const progressBar = h('progress', { attrs: { max: 100, value: 0, 'aria-label': 'Loading the scene' } });
  const loading = h('div', { className: 'stage-loading', attrs: { hidden: true } }, progressBar, h('span', {}, 'Loading the scene…'));
  const description = h('p', { className: 'scene-description' });
  let captionTimer: ReturnType<typeof setTimeout> | undefined;

  const element = h(
    'section',
    { className: 'stage', attrs: { 'aria-labelledby': 'stage-heading' } },
    h('h2', { className: 'visually-hidden', attrs: { id: 'stage-heading' } }, 'Scene'),
    h('div', { className: 'stage-picture' }, canvasHost, portrait, captions, loading),
    description,
  );

  return {
    element,
    canvasHost,
    setDescription(text) {
      description.textContent = text;
    },
    setPortrait(view) {
      if (!view) {
        portrait.hidden = true;
        portrait.alt = '';
        return;
      }
      portrait.hidden = false;
      if (portrait.getAttribute('src') !== view.src) portrait.src = view.src;
      portrait.alt = `${view.speaker}, ${readableId(view.mood)}`;
    },
    setProgress(fraction) {
      loading.hidden = fraction === null;
      if (fraction !== null) progressBar.value = Math.round(fraction * 100);
    },
    showCaption(text) {
      clearTimeout(captionTimer);
      replaceChildren(captions, h('span', {}, text));
      captionTimer = setTimeout(() => replaceChildren(captions), CAPTION_MS);
    },
    setCaptionsVisible(visible) {
      captions.hidden = !visible;
    },
  };
}
