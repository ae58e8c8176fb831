import { expect } from '@open-wc/testing';
import { decodeHtmlEntities, safeUrl } from '../../src/model/safe-url.js';

/** [case name, value]: every one must be refused. */
const HOSTILE: [string, unknown][] = [
  ['javascript scheme', 'javascript:alert(1)'],
  ['mixed-case javascript', 'JaVaScRiPt:alert(1)'],
  ['upper-case javascript', 'JAVASCRIPT:alert(1)'],
  ['vbscript scheme', 'vbscript:msgbox(1)'],
  ['data URL with HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data URL in base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data image', 'data:image/svg+xml,<svg onload=alert(1)>'],
  ['blob URL', 'blob:https://example.com/0b5f-4c1e'],
  ['file URL', 'file:///etc/passwd'],
  ['ftp URL', 'ftp://example.com/file'],
  ['tel URL', 'tel:+15551234567'],
  ['chrome URL', 'chrome://settings'],
  ['custom scheme', 'x-app+v1.2:open'],
  ['mailto without permission', 'mailto:press@example.com'],
  ['leading space', ' javascript:alert(1)'],
  ['leading tab and newline', '\t\njavascript:alert(1)'],
  ['leading NUL', '\u0000javascript:alert(1)'],
  ['leading C0 control 0x0E', '\u000Ejavascript:alert(1)'],
  ['leading C0 control 0x1F', '\u001Fjavascript:alert(1)'],
  ['leading no-break space', '\u00A0javascript:alert(1)'],
  ['leading zero-width space', '\u200Bjavascript:alert(1)'],
  ['leading byte-order mark', '\uFEFFjavascript:alert(1)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['carriage return inside the scheme', 'java\rscript:alert(1)'],
  ['NUL inside the scheme', 'java\u0000script:alert(1)'],
  ['backtick-quoted scheme', '`javascript:alert(1)`'],
  ['quote inside the scheme', 'java"script:alert(1)'],
  ['space before the colon', 'javascript :alert(1)'],
  ['named colon entity', 'javascript&colon;alert(1)'],
  ['named colon entity without semicolon', 'javascript&colonalert(1)'],
  ['decimal entity letter', '&#106;avascript:alert(1)'],
  ['decimal entity letter without semicolon', '&#106avascript:alert(1)'],
  ['zero-padded decimal entity', '&#0000106;avascript:alert(1)'],
  ['hex entity letter', '&#x6A;avascript:alert(1)'],
  ['upper-case hex entity letter', '&#X6a;avascript:alert(1)'],
  ['hex entity letter without semicolon', 'j&#x61vascript:alert(1)'],
  ['decimal entity colon', 'javascript&#58;alert(1)'],
  ['decimal entity colon without semicolon', 'javascript&#58alert(1)'],
  ['hex entity colon', 'javascript&#x3A;alert(1)'],
  [
    'every character entity-encoded',
    [...'javascript:'].map((c) => `&#${c.charCodeAt(0)};`).join(''),
  ],
  ['entity tab inside the scheme', 'java&Tab;script:alert(1)'],
  ['entity newline inside the scheme', 'java&NewLine;script:alert(1)'],
  ['numeric entity tab inside the scheme', 'java&#9;script:alert(1)'],
  ['numeric entity carriage return', 'javas&#x0D;cript:alert(1)'],
  ['entity control before the scheme', ' &#14;javascript:alert(1)'],
  ['double entity encoding', '&amp;#106;avascript:alert(1)'],
  ['percent-encoded letter', '%6Aavascript:alert(1)'],
  ['percent-encoded colon', 'javascript%3Aalert(1)'],
  ['percent-encoded tab in the scheme', 'java%09script:alert(1)'],
  ['double percent encoding', 'javascript%253Aalert(1)'],
  ['entity-encoded percent escape', 'javascript&percnt;3Aalert(1)'],
  ['encoded more deeply than any link', '%2525252525252525256Aavascript'],
  ['backslash host', '\\\\evil.com/'],
  ['slash backslash host', '/\\evil.com/'],
  ['backslash slash host', '\\/evil.com/'],
  ['http with backslashes', 'https:\\\\evil.com/'],
  ['entity backslash host', '&bsol;&bsol;evil.com'],
  ['percent-encoded backslash', '%5C%5Cevil.com'],
  ['empty string', ''],
  ['spaces only', '   '],
  ['controls and spaces only', '\t\n\r \u0000'],
  ['an entity for a space only', '&#32;'],
  ['number', 42],
  ['object', { href: 'https://example.com/' }],
  ['array', ['https://example.com/']],
  ['null', null],
  ['undefined', undefined],
  ['boolean', true],
];

/** [case name, value, expected result]. */
const GOOD: [string, string, string][] = [
  ['https URL', 'https://example.com/story', 'https://example.com/story'],
  ['http URL', 'http://example.com/', 'http://example.com/'],
  ['upper-case scheme', 'HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
  [
    'URL with query and fragment',
    'https://example.com/a?b=1&c=2#d',
    'https://example.com/a?b=1&c=2#d',
  ],
  ['protocol-relative URL', '//cdn.example.com/x.jpg', '//cdn.example.com/x.jpg'],
  ['root-relative path', '/news/2022/08/23/story', '/news/2022/08/23/story'],
  ['dot-relative path', './story.json', './story.json'],
  ['parent-relative path', '../images/a.png', '../images/a.png'],
  ['bare relative path', 'story.json', 'story.json'],
  ['query only', '?page=2', '?page=2'],
  ['fragment only', '#section-2', '#section-2'],
  ['colon after a slash', '/wiki/Talk:Main_Page', '/wiki/Talk:Main_Page'],
  ['colon in the query', 'search?q=javascript:alert', 'search?q=javascript:alert'],
  ['surrounding whitespace trimmed', '  https://example.com/ \n', 'https://example.com/'],
  ['inner characters kept as written', '/a%20b/&amp;c', '/a%20b/&amp;c'],
  ['non-ASCII path', 'https://example.com/سیاست', 'https://example.com/سیاست'],
  [
    'tracking link with nested encoding',
    'https://l.example.com/?u=https%25252525253A%2525252525F',
    'https://l.example.com/?u=https%25252525253A%2525252525F',
  ],
  ['backslash in the query', 'https://example.com/?path=C:\\x', 'https://example.com/?path=C:\\x'],
];

describe('safeUrl', () => {
  it(`has at least 40 hostile cases (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).to.be.at.least(40);
  });

  for (const [name, value] of HOSTILE) {
    it(`refuses ${name}: ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(undefined);
    });
  }

  for (const [name, value, expected] of GOOD) {
    it(`allows ${name}: ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(expected);
    });
  }

  it('allows mailto only when asked', () => {
    expect(safeUrl('mailto:press@example.com')).to.equal(undefined);
    expect(safeUrl('mailto:press@example.com', { allowMailto: false })).to.equal(undefined);
    expect(safeUrl(' MailTo:press@example.com', { allowMailto: true })).to.equal(
      'MailTo:press@example.com',
    );
  });

  it('still refuses other schemes when mailto is allowed', () => {
    expect(safeUrl('javascript:alert(1)', { allowMailto: true })).to.equal(undefined);
    expect(safeUrl('ma&#105;lto:x@example.com', { allowMailto: true })).to.equal(
      'ma&#105;lto:x@example.com',
    );
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes the common named references', () => {
    expect(
      decodeHtmlEntities(
        '&amp;&lt;&gt;&quot;&apos;&nbsp;&hellip;&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;&copy;&reg;&trade;&shy;',
      ),
    ).to.equal(
      '&<>"\'\u00A0\u2026\u2014\u2013\u2018\u2019\u201C\u201D\u00AB\u00BB\u00A9\u00AE\u2122\u00AD',
    );
  });

  it('decodes numeric references with or without a semicolon', () => {
    expect(decodeHtmlEntities('&#65;&#x42;&#X43&#68 &#x1F600;')).to.equal('ABCD \u{1F600}');
  });

  it('turns invalid code points into U+FFFD', () => {
    expect(decodeHtmlEntities('&#0;&#xD800;&#x110000;&#99999999999999999999;')).to.equal(
      '\uFFFD'.repeat(4),
    );
  });

  it('reads 0x80–0x9F as windows-1252, as browsers do', () => {
    expect(decodeHtmlEntities('&#146;&#150;&#x80;&#129;')).to.equal('\u2019\u2013\u20AC\u0081');
  });

  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeHtmlEntities('AT&T &bogus; & &; &#; &#x; &amp')).to.equal(
      'AT&T &bogus; & &; &#; &#x; &',
    );
  });

  it('decodes legacy names without a semicolon in text, longest first', () => {
    expect(decodeHtmlEntities('&copy 2022 &ampersand &notin')).to.equal('© 2022 &ersand &notin');
  });

  it('keeps legacy names followed by = or a letter as written in attributes', () => {
    expect(decodeHtmlEntities('?a=1&copy=2&amp;b=3&regx', 'attribute')).to.equal(
      '?a=1&copy=2&b=3&regx',
    );
    expect(decodeHtmlEntities('&copy;&copy 1', 'attribute')).to.equal('©© 1');
  });

  it('needs a semicolon for names outside the legacy set, except in lenient mode', () => {
    expect(decodeHtmlEntities('a&colonb&colon;')).to.equal('a&colonb:');
    expect(decodeHtmlEntities('a&colonb', 'lenient')).to.equal('a:b');
  });
});
