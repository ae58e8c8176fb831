/** String arbitraries shaped like the inputs an attacker writes: markup and URL pieces. */
import fc from 'fast-check';
import type { InlineNode } from '../../../src/model/inline-html.js';

const MARKUP_PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '<!--',
  '-->',
  '<!',
  '<?',
  '&',
  ';',
  '#',
  'x',
  '=',
  '"',
  "'",
  '`',
  ' ',
  '\t',
  '\n',
  '\u0000',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'br',
  'sub',
  'sup',
  'q',
  'abbr',
  'script',
  'style',
  'svg',
  'math',
  'template',
  'textarea',
  'plaintext',
  'iframe',
  'img',
  'href',
  'title',
  'onerror',
  'src',
  'javascript:',
  'https://example.com/',
  '&amp;',
  '&lt;',
  '&#x3c;',
  '&#60',
  '&colon;',
  '&Tab;',
  '\u202E',
  '\u200B',
  'é',
  '🗞',
];

/** Strings made of markup fragments, so tags, attributes and references are common. */
export const htmlish = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(fc.constantFrom(...MARKUP_PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  );

const URL_PIECES = [
  'javascript',
  'JavaScript',
  'data',
  'vbscript',
  'http',
  'https',
  'mailto',
  'ftp',
  ':',
  '//',
  '/',
  '\\',
  '?',
  '#',
  '%',
  '%25',
  '%3A',
  '%3a',
  '%09',
  '%00',
  '&#x3a;',
  '&colon;',
  '&#58',
  '&Tab;',
  '&NewLine;',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u0001',
  '\u200B',
  '\uFEFF',
  '\u00AD',
  '"',
  "'",
  '`',
  'a',
  'x',
  'example.com',
  '@',
  '[',
  ']',
  '.',
  '..',
  '&',
  '&amp;',
  'canary()',
];

/** Strings made of URL fragments: schemes, separators and every disguise a reader undoes. */
export const urlish = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 60, unit: 'binary' }),
    fc.array(fc.constantFrom(...URL_PIECES), { maxLength: 16 }).map((parts) => parts.join('')),
  );

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Writes a node tree back as inline HTML, as a serializer of the parser's output would. */
export function serialize(nodes: InlineNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      if (node.tag === 'br') return '<br>';
      const href = node.href === undefined ? '' : ` href="${escapeAttribute(node.href)}"`;
      const title = node.title === undefined ? '' : ` title="${escapeAttribute(node.title)}"`;
      return `<${node.tag}${href}${title}>${serialize(node.children)}</${node.tag}>`;
    })
    .join('');
}
