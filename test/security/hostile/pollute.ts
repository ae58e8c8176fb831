/**
 * Makes the page hostile before Lede loads, as the page's `?hostile=` asks: `object` sets
 * `Object.prototype.html`, `.href`, `.url`, `.src` and `.cite` to script; `array` replaces
 * Array.prototype's methods with noisy wrappers and adds an enumerable property to every array.
 */
const SCRIPT_HTML = '<img src=x onerror=canary()>';
const SCRIPT_URL = 'javascript:canary()';

/** Calls the wrapped array methods made, so the test can see the wrappers were in the way. */
export const noise = { calls: 0 };

const hostile = new URLSearchParams(location.search).get('hostile');

if (hostile === 'object') {
  const values: Record<string, string> = {
    html: SCRIPT_HTML,
    href: SCRIPT_URL,
    url: SCRIPT_URL,
    src: SCRIPT_URL,
    cite: SCRIPT_URL,
  };
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(Object.prototype, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

if (hostile === 'array') {
  const methods = [
    'map',
    'filter',
    'forEach',
    'some',
    'every',
    'find',
    'findIndex',
    'includes',
    'indexOf',
    'join',
    'slice',
    'concat',
    'reduce',
    'flatMap',
    'at',
    'push',
  ] as const;
  for (const name of methods) {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(Array.prototype, name, {
      value: function noisy(this: unknown[], ...args: unknown[]) {
        noise.calls++;
        return original.apply(this, args);
      },
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(Array.prototype, 'extra', {
    value: SCRIPT_URL,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
