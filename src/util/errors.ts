// Bottom layer: plain helpers that every layer may import (content, engine, records, ui, cli); they import nothing.
// The message of anything thrown: an Error's message, else the value as text (inkjs throws plain
// strings in a few places, so `String(error)` is not a fallback that never happens).
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
