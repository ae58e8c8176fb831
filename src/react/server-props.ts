import type { PropertyDeclaration } from 'lit';

/** What the server markup needs of an element class: Lit's table of its declared properties. */
export interface DeclaredProperties {
  readonly elementProperties: ReadonlyMap<PropertyKey, PropertyDeclaration>;
}

/** A property's attribute name, as Lit derives it, or undefined when it has none. */
function attributeName(property: string, declaration: PropertyDeclaration): string | undefined {
  if (declaration.attribute === false) return undefined;
  return typeof declaration.attribute === 'string' ? declaration.attribute : property.toLowerCase();
}

/** A value as the text of an attribute, or undefined when it cannot be one. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // A true boolean property is a present attribute (`no-image`); false is an absent one.
  if (value === true) return '';
  return undefined;
}

/**
 * The props of a server-rendered tag, from a wrapper's props: each string, number or `true`
 * value of an element property becomes its attribute (`layout="hero"`, `heading-level="2"`,
 * `no-image`), so the server HTML carries what lede.css reserves space by and what the element
 * reads once it upgrades. Objects (`article`), event handlers and `ref` have no place in HTML
 * and are left out; any other prop (`id`, `className` as `class`, `aria-*`, `children`) passes
 * through for React to render.
 */
export function serverProps(
  props: Readonly<Record<string, unknown>>,
  elementClass: DeclaredProperties,
  eventProps: ReadonlySet<string>,
): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (eventProps.has(name) || name === 'ref') continue;
    const declaration = elementClass.elementProperties.get(name);
    if (declaration) {
      const attribute = attributeName(name, declaration);
      const text = attributeText(value);
      if (attribute !== undefined && text !== undefined) rendered[attribute] = text;
      continue;
    }
    if (typeof value === 'function') continue;
    rendered[name === 'className' ? 'class' : name] = value;
  }
  return rendered;
}
