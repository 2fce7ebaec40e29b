// A text size control for trainees who need larger type. Sizes are relative (rem-based CSS), so the
// whole page scales; the choice is remembered in this browser.
import { h, uniqueId } from './dom';
import { rememberItem, type KeyValueStore } from '../util/webStorage';

export const TEXT_SIZE_KEY = 'threshold.textSize';
export const TEXT_SIZES = [
  { id: 'normal', label: 'Normal', percent: 100 },
  { id: 'large', label: 'Large', percent: 125 },
  { id: 'larger', label: 'Larger', percent: 150 },
  { id: 'largest', label: 'Largest', percent: 200 },
] as const;
export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];

function isTextSizeId(value: string | null): value is TextSizeId {
  return TEXT_SIZES.some((size) => size.id === value);
}

function applyTextSize(root: HTMLElement, id: TextSizeId): void {
  const size = TEXT_SIZES.find((candidate) => candidate.id === id) ?? TEXT_SIZES[0];
  root.style.fontSize = `${size.percent}%`;
}

/** A labelled <select> that rescales `root` (the <html> element) and remembers the choice. */
export function createTextSizeControl(root: HTMLElement, store: KeyValueStore): HTMLElement {
  const stored = store.getItem(TEXT_SIZE_KEY);
  const current: TextSizeId = isTextSizeId(stored) ? stored : 'normal';
  applyTextSize(root, current);
  const id = uniqueId('text-size');
  const select = h(
    'select',
    {
      attrs: { id },
      on: {
        change: () => {
          const value = select.value;
          if (!isTextSizeId(value)) return;
          applyTextSize(root, value);
          // Storage full or blocked: the size applies to this page, it is only not remembered.
          rememberItem(store, TEXT_SIZE_KEY, value);
        },
      },
    },
    ...TEXT_SIZES.map((size) => h('option', { attrs: { value: size.id, selected: size.id === current } }, size.label)),
  );
  return h('div', { className: 'text-size' }, h('label', { attrs: { for: id } }, 'Text size'), ' ', select);
}
