/**
 * What the security matrix looks for in a rendered element: it walks the element's shadow tree
 * (and the shadow trees nested in it) and reports its text, the URLs it would load or follow,
 * and the tags and attributes it holds.
 */

/** Attributes whose value a browser loads, follows or submits to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'cite',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'xlink:href',
  'codebase',
  'longdesc',
  'manifest',
];

/** Schemes a rendered URL may have once resolved against the page. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Tags that load, run or redirect something, or submit data: never wanted in a story. */
const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'portal',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'textarea',
  'select',
  'math',
  'template',
]);

/** Attributes that run script, restyle, or submit: never wanted on a story's markup. */
const isDangerousAttribute = (name: string) =>
  name.startsWith('on') ||
  ['srcdoc', 'style', 'formaction', 'action', 'xlink:href', 'http-equiv'].includes(name);

export interface Rendering {
  /** All text, shadow trees included, without whitespace. */
  text: string;
  /** URL attribute values that resolve outside http, https and mailto, as `tag[attr]=value`. */
  unsafeUrls: string[];
  /** Every `tag` and `tag[attribute]` present. */
  markup: Set<string>;
  /** Tags and attributes that are dangerous wherever they appear. */
  dangerous: string[];
  /** Whether the element shows its error state. */
  error: boolean;
}

/** Text without its whitespace, so text split into paragraphs or list items still compares. */
export const withoutSpace = (text: string): string => text.replace(/\s+/g, '');

function urlIsUnsafe(value: string, base: string): boolean {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return false; // A value no URL parser accepts is never loaded or followed.
  }
  return !ALLOWED_PROTOCOLS.has(url.protocol);
}

/** The URL candidates of an attribute: srcset and ping hold several. */
function urlsOf(name: string, value: string): string[] {
  if (name === 'srcset') return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');
  if (name === 'ping') return value.split(/\s+/);
  return [value];
}

/** Walks `host`'s shadow tree, and the shadow trees inside it, in document order. */
export function inspect(host: Element): Rendering {
  const texts: string[] = [];
  const unsafeUrls: string[] = [];
  const markup = new Set<string>();
  const dangerous: string[] = [];
  let error = false;
  const base = host.ownerDocument.baseURI;

  const visitElement = (element: Element) => {
    const tag = element.localName;
    markup.add(tag);
    if (DANGEROUS_TAGS.has(tag)) dangerous.push(tag);
    if (element.getAttribute('part')?.split(/\s+/).includes('error')) error = true;
    for (const { name, value } of Array.from(element.attributes)) {
      markup.add(`${tag}[${name}]`);
      if (isDangerousAttribute(name)) dangerous.push(`${tag}[${name}]`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      for (const url of urlsOf(name, value)) {
        if (urlIsUnsafe(url, base)) unsafeUrls.push(`${tag}[${name}]=${url.slice(0, 80)}`);
      }
    }
  };

  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        texts.push(child.nodeValue ?? '');
      } else if (child instanceof Element) {
        visitElement(child);
        if (child.localName === 'br') texts.push('\n');
        if (child.localName === 'style') continue;
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };

  if (host.shadowRoot) visit(host.shadowRoot);
  return { text: withoutSpace(texts.join('')), unsafeUrls, markup, dangerous, error };
}

/** Every Lit element inside `host`'s shadow trees, nested ones included. */
function nestedUpdates(host: Element): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  const visit = (root: ParentNode) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      if (update) pending.push(update);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return pending;
}

/** Waits until the elements nested in `host` have rendered too. */
export async function settleNested(host: Element): Promise<void> {
  for (let round = 0; round < 3; round++) await Promise.all(nestedUpdates(host));
}
