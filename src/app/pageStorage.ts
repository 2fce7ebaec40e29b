// The page's two Web Storages, each opened once for every module of the page (settings, the tab's
// saved screen, the LRS settings, a cmi5 session): where the browser refuses one, every module
// shares the same in-memory stand-in, so what one writes the others still read until the page closes.
import { storageOrMemory, type WebStorage } from '../util/webStorage';

export const pageLocalStorage: WebStorage = storageOrMemory(() => window.localStorage);
export const pageSessionStorage: WebStorage = storageOrMemory(() => window.sessionStorage);
