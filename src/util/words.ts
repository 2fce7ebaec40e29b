// How an id an author or the taxonomy chose reads to a trainee, wherever one has no label of its
// own (a mood, an ending, a person screened, a sound the game cannot play): one rule, so every
// screen words the same id the same way.

/** `shut_down` → `shut down`: tag values are snake_case ids. */
export function readableId(id: string): string {
  return id.replace(/[_-]+/g, ' ').trim();
}

/** `back_in_the_van` → `Back in the van`: an id standing alone as a heading or a value. */
export function readableTitle(id: string): string {
  const words = readableId(id);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
