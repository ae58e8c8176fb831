// What the docs and controls read from custom-elements.json: each element's public API, and a
// control for each attribute chosen from the type the manifest gives it.
import type { Preview } from '@storybook/web-components-vite';

/** The parts of a custom-elements manifest (schema 2.x) read here; the rest passes through. */
interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  [field: string]: unknown;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  cssParts?: { name: string; [field: string]: unknown }[];
  [field: string]: unknown;
}
interface Module {
  declarations?: Declaration[];
  [field: string]: unknown;
}
export interface Manifest {
  modules?: Module[];
  [field: string]: unknown;
}

/**
 * The manifest as the docs show it: without private, protected and static members — what a
 * page can use is what the docs list — and with each part named as CSS writes it,
 * `::part(value)`. Storybook keeps attributes, properties, parts and custom properties in one
 * table keyed by name, so a part called `value` would otherwise hide the `value` attribute.
 */
export function publicApi(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.static && (member.privacy ?? 'public') === 'public',
        ),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type Control =
  { type: 'text' | 'number' | 'boolean' | 'select' | 'inline-radio' | 'color' } | false;

/**
 * The control for a type as the manifest writes it: a union of string literals becomes a
 * choice of those values, `string`, `number` and `boolean` their own controls. Anything else
 * (an object, a named type) is left to Storybook.
 */
export function controlForType(text: string): { control: Control; options?: string[] } | undefined {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0) return undefined;
  const literals = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part));
  if (literals.every(Boolean)) {
    const options = literals.map((match) => match?.[1] ?? match?.[2] ?? '');
    return { control: { type: options.length <= 4 ? 'inline-radio' : 'select' }, options };
  }
  if (parts.length > 1) return undefined;
  switch (parts[0]) {
    case 'string':
      return { control: { type: 'text' } };
    case 'number':
      return { control: { type: 'number' } };
    case 'boolean':
      return { control: { type: 'boolean' } };
    default:
      return undefined;
  }
}

/** A custom property's control: a colour picker for colours, text for fonts, sizes, counts. */
function customPropertyControl(name: string): Control {
  return { type: /color|background/.test(name) ? 'color' : 'text' };
}

/**
 * Controls from the manifest: each attribute gets the control its type calls for, and a
 * property that mirrors an attribute stays in the docs table without a second control, so
 * every setting is edited once, as the attribute a publisher would write. Custom properties
 * get a control too (the story sets them on the element); events and parts are listed only.
 */
export function controlsFromManifest(manifest: Manifest): ArgTypesEnhancer {
  const mirrored = new Map<string, Set<string>>();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const names = (declaration.members ?? []).filter((member) => member.attribute);
      mirrored.set(declaration.tagName, new Set(names.map((member) => member.name)));
    }
  }
  return (context) => {
    const tag = typeof context.component === 'string' ? context.component : undefined;
    const properties = (tag && mirrored.get(tag)) || new Set<string>();
    const argTypes = { ...context.argTypes };
    for (const [name, argType] of Object.entries(argTypes)) {
      const category = argType.table?.category;
      if (
        (category === 'properties' && properties.has(name)) ||
        category === 'events' ||
        category === 'css shadow parts'
      ) {
        argTypes[name] = { ...argType, control: false };
      } else if (category === 'css custom properties') {
        argTypes[name] = { ...argType, control: customPropertyControl(name) };
      } else if (category === 'attributes' && typeof argType.type === 'object') {
        const typeText = 'name' in argType.type ? String(argType.type.name) : '';
        const refined = controlForType(typeText);
        if (refined) argTypes[name] = { ...argType, ...refined };
      }
    }
    return argTypes;
  };
}
