import { ledeGlobal } from './debug.js';
import { VERSION } from './version.js';

/** Marks a class registered by lede-elements with the version that registered it. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

// Shared across every copy of the library on the page, so two bundles warn only once.
const WARNED = Symbol.for('lede-elements.duplicate-warning');
type WarnedGlobal = typeof globalThis & { [WARNED]?: boolean };

/**
 * Registers `tag` unless it is already taken. Loading the library twice (or two versions of it)
 * keeps the first registration and logs a single warning naming both versions, instead of the
 * `NotSupportedError` that `customElements.define` throws.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  ledeGlobal(); // a page that registers Lede elements has `window.Lede` for its settings
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const global = globalThis as WarnedGlobal;
  if (global[WARNED]) return;
  global[WARNED] = true;
  console.warn(
    `lede-elements ${constructor.version ?? VERSION} was loaded on a page that already has ` +
      `lede-elements ${existing.version ?? 'of an unknown version'}: <${tag}> and the other ` +
      `elements keep the first registration.`,
  );
}
