// The one way the UI builds DOM. Story text is text: strings only ever become Text nodes (or
// textContent), never markup, so a line of Ink cannot inject HTML. There is deliberately no helper
// that takes an HTML string.

export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  /** Attributes set with setAttribute (aria-*, role, type, name, for, tabindex...). */
  attrs?: Record<string, string | number | boolean | undefined>;
  className?: string;
  /** Event listeners, e.g. `{ click: () => ... }`. */
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let idCounter = 0;
/** A document-unique id for label/aria-labelledby wiring. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A heading that can receive focus programmatically (screens move focus to their heading). */
export function focusableHeading(level: 1 | 2 | 3, text: string, id?: string): HTMLHeadingElement {
  return h(`h${level}`, { attrs: { tabindex: -1, id } }, text);
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The system asks for less motion, or the trainee turned it off in the settings (settings.ts). */
export function motionReduced(): boolean {
  const chosen = document.documentElement.dataset['motion'];
  return chosen === undefined ? prefersReducedMotion() : chosen === 'reduced';
}

/** Moves keyboard and screen-reader focus to new content, scrolling without animation if asked. */
export function moveFocusTo(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex') && !isNativelyFocusable(element)) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest', behavior: motionReduced() ? 'auto' : 'smooth' });
}

function isNativelyFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, [contenteditable="true"]');
}
