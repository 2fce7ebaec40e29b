// The only globals code under src/engine and src/content may use besides the ECMAScript library:
// web-standard ones that plain Node and every browser provide alike. test/tsconfig.headless.json
// type-checks those folders with this file instead of the DOM and Node typings, so a `document`,
// `window`, `localStorage`, `process` or `Buffer` there fails `npm test`.
declare const performance: { now(): number };

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | ArrayBufferView): string;
}
