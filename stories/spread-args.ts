import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The values a story's args may hold, as the Controls panel edits them. */
export type StoryArgs = Record<string, unknown>;

type Listener = (event: Event) => void;

/**
 * Applies a story's args to the element it is written on, the way a publisher would write
 * them: strings, numbers and booleans become attributes (their names as in the manifest,
 * `heading-level`), objects become properties (`article`), `--lede-*` custom properties are
 * set on the element as a page's stylesheet would, and `onLedeLoad`-style functions — the
 * actions Storybook adds for each event in the manifest — listen to `lede-load`.
 * An arg that is removed or set to `undefined`, `null` or `false` (or an empty custom
 * property) takes its effect away.
 */
class SpreadArgsDirective extends Directive {
  private attributes = new Set<string>();
  private properties = new Set<string>();
  private customProperties = new Set<string>();
  private listeners = new Map<string, Listener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('spreadArgs() belongs on an element: <lede-… ${spreadArgs(args)}>');
    }
  }

  /** An element part renders nothing of its own; `update` applies the args. */
  render(args: StoryArgs) {
    void args;
    return nothing;
  }

  override update(part: ElementPart, [args]: [StoryArgs]) {
    const element = part.element as HTMLElement;
    const attributes = new Set<string>();
    const properties = new Set<string>();
    const customProperties = new Set<string>();
    const listeners = new Map<string, Listener>();
    for (const [name, value] of Object.entries(args)) {
      if (name.startsWith('--')) {
        if (typeof value !== 'string' || value === '') continue;
        customProperties.add(name);
        element.style.setProperty(name, value);
      } else if (typeof value === 'function' && /^on[A-Z]/.test(name)) {
        listeners.set(eventName(name), value as Listener);
      } else if (typeof value === 'object' && value !== null) {
        properties.add(name);
        (element as unknown as Record<string, unknown>)[name] = value;
      } else if (value === undefined || value === null || value === false) {
        continue;
      } else {
        attributes.add(name);
        element.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const name of this.attributes) {
      if (!attributes.has(name)) element.removeAttribute(name);
    }
    for (const name of this.properties) {
      if (!properties.has(name)) (element as unknown as Record<string, unknown>)[name] = undefined;
    }
    for (const name of this.customProperties) {
      if (!customProperties.has(name)) element.style.removeProperty(name);
    }
    for (const [type, listener] of this.listeners) {
      if (listeners.get(type) !== listener) element.removeEventListener(type, listener);
    }
    for (const [type, listener] of listeners) {
      if (this.listeners.get(type) !== listener) element.addEventListener(type, listener);
    }
    this.attributes = attributes;
    this.properties = properties;
    this.customProperties = customProperties;
    this.listeners = listeners;
    return nothing;
  }
}

/** `onLedeLoad` → `lede-load`. */
function eventName(handler: string): string {
  return handler
    .slice(2)
    .replace(/[A-Z]/g, (letter, index: number) => (index ? '-' : '') + letter.toLowerCase());
}

/** Writes a story's args onto an element as attributes, properties and event listeners. */
export const spreadArgs = directive(SpreadArgsDirective);

/**
 * The args a story renders with: what its loader read from the data files (`loaded.props`),
 * overridden by every arg that has a value, so a designer's edit in Controls always wins.
 */
export function withLoadedProps(args: StoryArgs, loaded: Record<string, unknown>): StoryArgs {
  const props = (loaded.props ?? {}) as StoryArgs;
  const merged: StoryArgs = { ...props };
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}
