/**
 * The one URL policy of Lede: every href, src and cite taken from article data passes
 * `safeUrl`. Allowed are http, https and relative URLs, and mailto where a caller asks for it;
 * everything else is refused, however it is disguised.
 */

/** Options for {@link safeUrl}. */
export interface SafeUrlOptions {
  /** Also allow `mailto:` links, as on a person's contact link. */
  allowMailto?: boolean;
}

/** How {@link decodeHtmlEntities} treats a named reference written without its `;`. */
export type EntityMode = 'text' | 'attribute' | 'lenient';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  copy: '\u00A9',
  COPY: '\u00A9',
  reg: '\u00AE',
  REG: '\u00AE',
  trade: '\u2122',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  middot: '\u00B7',
  bull: '\u2022',
  deg: '\u00B0',
  euro: '\u20AC',
  pound: '\u00A3',
  times: '\u00D7',
  // Not typography, but the characters a URL needs to be disguised as a scheme or a path.
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
  sol: '/',
  bsol: '\\',
  percnt: '%',
};

/** Names the HTML parser still decodes without a `;` (a legacy of early browsers). */
const LEGACY_NAMES = [
  'amp',
  'AMP',
  'lt',
  'LT',
  'gt',
  'GT',
  'quot',
  'QUOT',
  'nbsp',
  'shy',
  'copy',
  'COPY',
  'reg',
  'REG',
  'laquo',
  'raquo',
];
const ALL_ENTITIES = Object.entries(NAMED_ENTITIES);
const LEGACY_ENTITIES = ALL_ENTITIES.filter(([name]) => LEGACY_NAMES.includes(name));

/** Browsers read numeric references in 0x80–0x9F as windows-1252, as old CMS content expects. */
const WINDOWS_1252 =
  '\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F' +
  '\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178';

const REFERENCE = /&(?:#(?:[xX]([\da-fA-F]+)|(\d+));?|([A-Za-z][A-Za-z\d]*)(;?))/g;

function characterFromCodePoint(codePoint: number): string {
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    return '\uFFFD';
  }
  if (codePoint >= 0x80 && codePoint <= 0x9f) return WINDOWS_1252.charAt(codePoint - 0x80);
  return String.fromCodePoint(codePoint);
}

/**
 * Decodes HTML character references the way the HTML parser does: numeric ones with or without
 * `;` (invalid code points become U+FFFD), named ones from a table of common names, unknown
 * names left as written. `attribute` mode keeps `&copy=1` as written, as browsers do inside
 * attribute values; `lenient` decodes every known name even without `;`, for security checks
 * that must assume the most generous reader.
 */
export function decodeHtmlEntities(text: string, mode: EntityMode = 'text'): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (
      whole,
      hex: string | undefined,
      decimal: string | undefined,
      name: string | undefined,
      semicolon: string | undefined,
      offset: number,
    ) => {
      if (name === undefined)
        return characterFromCodePoint(hex ? parseInt(hex, 16) : Number(decimal));
      if (semicolon && Object.hasOwn(NAMED_ENTITIES, name)) return NAMED_ENTITIES[name] ?? whole;
      let longest: readonly [string, string] = ['', ''];
      for (const entry of mode === 'lenient' ? ALL_ENTITIES : LEGACY_ENTITIES) {
        if (name.startsWith(entry[0]) && entry[0].length > longest[0].length) longest = entry;
      }
      const [prefix, character] = longest;
      if (!prefix) return whole;
      const next =
        prefix.length < name.length
          ? name.charAt(prefix.length)
          : text.charAt(offset + whole.length);
      if (mode === 'attribute' && /[=A-Za-z\d]/.test(next)) return whole;
      return character + whole.slice(prefix.length + 1);
    },
  );
}

/**
 * What some reader may skip over or take for a delimiter: whitespace, controls, invisible
 * format characters, and quotes (old browsers quoted attributes with backticks).
 */
const IGNORABLE = /[\s\p{Cc}\p{Cf}"'`]+/gu;
const PERCENT_ESCAPE = /%([\da-fA-F]{2})/g;
const SCHEME = /^([A-Za-z][A-Za-z\d+.-]*):/;
const BACKSLASH_BEFORE_QUERY = /^[^?#]*\\/;
const MAX_DECODING_ROUNDS = 5;

/** Strips what the WHATWG URL parser strips from both ends: C0 controls and space. */
function trimControlsAndSpace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

/**
 * Returns the URL, trimmed, when it is safe to put in href/src/cite; otherwise undefined.
 *
 * Allowed: http, https, mailto (with `allowMailto`) and relative URLs, including
 * protocol-relative `//host/x`. The scheme is decided on a probe that undoes every disguise a
 * reader might undo: HTML character references, percent escapes (repeatedly, for double
 * encoding), whitespace, control, invisible and quote characters anywhere. Backslashes before the
 * query are refused: browsers read them as `/` while other URL parsers do not, so the host a
 * reader reaches could differ from the one a reviewer sees. The value returned is the input
 * with only its leading and trailing C0 controls and spaces removed.
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = trimControlsAndSpace(value);
  let probe = url;
  let settled = false;
  for (let round = 0; round < MAX_DECODING_ROUNDS && !settled; round++) {
    const decoded = decodeHtmlEntities(probe, 'lenient')
      .replace(PERCENT_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(IGNORABLE, '');
    settled = decoded === probe;
    probe = decoded;
  }
  if (!probe || BACKSLASH_BEFORE_QUERY.test(probe)) return undefined;
  const scheme = SCHEME.exec(probe)?.[1]?.toLowerCase();
  const allowed =
    scheme === 'http' ||
    scheme === 'https' ||
    (scheme === 'mailto' && options.allowMailto === true) ||
    // A relative URL still encoded after several rounds is an attempt to outlast the check;
    // an http(s) one is an ordinary tracking link carrying an encoded URL in its query.
    (scheme === undefined && settled);
  return allowed ? url : undefined;
}
