/**
 * `textOfHtml` reads the text of inline HTML from the tokenizer the inline-HTML parser builds
 * its tree on, without building the tree, for word counts. It must give the parser's text: for generated markup (fast-check, with the fuzz suite's fixed
 * seed and run count; a failure prints the seed and the shrunk counterexample, and each
 * counterexample found is kept in `BY_HAND` as a regression case), for every string of the
 * project's fixtures and shared documents, and in the reading times of the seed story and the
 * fixtures.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { textOfHtml } from '../../src/model/html-text.js';
import { bodyReadingMinutes, countWords } from '../../src/format/reading-time.js';
import { inlineText, parseInlineHtml } from '../../src/model/inline-html.js';
import {
  invalidDocuments,
  refusedDocuments,
  shorthandDocuments,
  unsafeUrlDocuments,
  validDocuments,
} from './documents.js';
import { htmlish } from '../security/fuzz/strings.js';
import { PURE_RUNS, settings } from '../security/fuzz/settings.js';
import { loadFixtures, servedJson } from '../helpers/served.js';

const parserText = (html: string): string => inlineText(parseInlineHtml(html));

function expectSameText(html: string): void {
  const expected = parserText(html);
  const text = textOfHtml(html);
  expect(text, JSON.stringify(html)).to.equal(expected);
  expect(countWords(text), JSON.stringify(html)).to.equal(countWords(expected));
}

/** Tags of the inline subset, in the spellings and with the attributes articles use. */
const INLINE_TAGS = [
  '<a href="https://example.com/">',
  '<a href=/x title="a > b">',
  '</a>',
  '<em>',
  '</em>',
  '<EM>',
  '</Em>',
  '<i>',
  '</i>',
  '<strong>',
  '</strong>',
  '<b class=x>',
  '</b>',
  '<br>',
  '<br/>',
  '<BR />',
  '</br>',
  '<sub>',
  '</sub>',
  '<sup>',
  '</sup>',
  '<q>',
  '</q>',
  "<abbr title='World Health Organization'>",
  '</abbr>',
  '<span lang=fr>',
  '</span>',
  '<p>',
  '</p>',
  '<img src=x alt="a picture">',
];

/** Raw-text and dropped elements, whole and in pieces, so their ends go missing and misnest. */
const SKIPPED_TAGS = [
  '<script>',
  '</script>',
  '<SCRIPT type="module">',
  '</script >',
  '</scripts>',
  '</script',
  '<script/>',
  '<style>',
  '</style>',
  '<iframe src=x>',
  '</iframe>',
  '<noscript>',
  '</noscript>',
  '<noembed>',
  '</noembed>',
  '<noframes>',
  '</noframes>',
  '<textarea>',
  '</textarea>',
  '<title>',
  '</TITLE>',
  '<xmp>',
  '</xmp>',
  '<plaintext>',
  '<template>',
  '</template>',
  '<object data=x>',
  '</object>',
  '<svg>',
  '<svg/>',
  '<svg />',
  '<SVG viewBox="0 0 1 1">',
  '</svg>',
  '<math>',
  '</math>',
];

/** Comments, doctypes, processing instructions, CDATA and `<` that starts no markup. */
const OTHER_MARKUP = [
  '<!-- a comment -->',
  '<!--',
  '-->',
  '<!-->',
  '<!---->',
  '<!doctype html>',
  '<![CDATA[ hidden ]]>',
  '<?php echo 1 ?>',
  '</ x>',
  '</>',
  '</',
  '<',
  '>',
  '< b',
  '<3',
  '<a title="unclosed',
  '<br title="unclosed',
  "<b data-x='>'>",
  '<em a=b/>',
  '<i "=x>',
  '<strong/ >',
];

/** Character references, whole and broken, some decoding to spaces or word characters. */
const ENTITIES = [
  '&amp;',
  '&amp',
  '&nbsp;',
  '&nbsp',
  '&#32;',
  '&#x20;',
  '&#10;',
  '&#x3000;',
  '&#x200B;',
  '&#0;',
  '&#65',
  '&lt;b&gt;',
  '&copy=',
  '&mdash;',
  '&hellip;',
  '&rsquo;',
  '&unknown;',
  '&',
  '&am',
  'p;',
  '&#',
  'x41;',
];

/** Words and spaces of several scripts, Thai and Han written without spaces among them. */
const TEXT = [
  'word',
  'Pakistan',
  "don't",
  '6,000',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  '—',
  '.',
  'สวัสดีครับ',
  'ภาษาไทยง่ายนิดเดียว',
  '巴基斯坦大使',
  'ひらがなカタカナ',
  'ສະບາຍດີ',
  'ខ្មែរ',
  'پاکستان کے',
  'é',
  '🗞',
  'x',
];

const pieces = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TEXT) },
    { weight: 3, arbitrary: fc.constantFrom(...INLINE_TAGS) },
    { weight: 2, arbitrary: fc.constantFrom(...SKIPPED_TAGS) },
    { weight: 1, arbitrary: fc.constantFrom(...OTHER_MARKUP) },
    { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  ),
  { maxLength: 60 },
);

/** Elements nested as a tree, each closed or left open, with text and skipped content inside. */
const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXT, ...ENTITIES, ...OTHER_MARKUP),
    fc
      .tuple(
        fc.constantFrom(
          'a',
          'em',
          'i',
          'strong',
          'b',
          'sub',
          'sup',
          'q',
          'abbr',
          'span',
          'script',
          'style',
          'title',
          'textarea',
          'svg',
          'math',
          'template',
          'object',
        ),
        tie('tree'),
        fc.constantFrom('closed', 'left open', 'self-closing'),
      )
      .map(([name, inside, end]) =>
        end === 'self-closing'
          ? `<${name}/>${inside}`
          : `<${name}>${inside}${end === 'closed' ? `</${name}>` : ''}`,
      ),
  ),
}));

const generatedHtml = fc.oneof(
  { weight: 4, arbitrary: pieces.map((parts) => parts.join('')) },
  { weight: 2, arbitrary: tree },
  { weight: 1, arbitrary: htmlish() },
);

/**
 * Cases written by hand: each rule the text follows, and any counterexample the property finds
 * (none has been found so far).
 */
const BY_HAND = [
  '',
  'plain words, no markup',
  'one<br>two</br>three<br/>four',
  'in<b>si</b>de a wo<em>r</em>d stays one word',
  '<b>bold <i>both</b> italic</i> after',
  '<a href="/1">one <a href="/2">two</a> three</a>',
  `${'<b>'.repeat(40)}deep${'</b>'.repeat(40)} text`,
  'a<script>var hidden = "words";</script>b',
  'a<script>never closed',
  'a<SCRIPT>x</ScRiPt >b',
  'a<script>x</scripts> still hidden </script>b',
  'a<script>x</script',
  'a<textarea><b>not markup</b></textarea>b',
  'a<title>t</title>b<style>p{}</style>c<iframe>f</iframe>d',
  'a<noscript>n</noscript>b<noembed>e</noembed>c<noframes>f</noframes>d<xmp>x</xmp>e',
  'before<plaintext>everything after</plaintext> is gone',
  'a<svg><text>drawn</text><svg>inner</svg>still</svg>b',
  'a<svg/>shown<svg />shown too',
  'a<svg><svg/>hidden</svg>shown',
  'a<math><math >x</math>hidden</math>shown',
  'a<math><mi>x</mi></math>b<template>t</template>c<object>o</object>d',
  'a<svg><script></svg>shown</script>b',
  'a<svg>never closed',
  'a<!-- comment -->b<!---->c<!-->d',
  'a<!-- unclosed comment',
  'a<![CDATA[ data ]]>b<!doctype html>c<?pi x?>d',
  'a</ bogus>b</>c</',
  'a < b and c<3 and <',
  '<a title="x > y">link</a> text',
  '<a title="unclosed>text',
  'line<br title="unclosed',
  '<b',
  'Tom&amp;Jerry &nbsp;spaced&nbsp;out &#32;and&#x20;this',
  '&am<b>p;</b> is not a reference',
  '&lt;b&gt;not a tag&lt;/b&gt;',
  'caf&eacute; &copy 2024 &copy=1',
  '&#0; &#x110000; &#128; &#xD800;',
  'สวัสดี<b>ครับ</b> ภาษา<br>ไทย',
  '巴基斯坦<em>大使</em>说',
  'Amazon上有<b>6000</b>个卖家',
];

/** Publishers' documents in other formats: their strings hold real-world HTML. */
const ADAPTER_FIXTURES = [
  'ans/story-edge-cases.json',
  'ans/story-full.json',
  'ans/story-malformed.json',
  'jsonld/news-article.json',
  'jsonld/variants.json',
  'wordpress/post-embed.json',
  'wordpress/post-malformed.json',
  'anf/anf-story.json',
  'ninjs/ninjs-nitf.json',
  'ninjs/ninjs2-story.json',
];

const seedStory = await servedJson('demo/data/seed-story.json');
const fixtures = await loadFixtures();
const adapterFixtures = await Promise.all(
  ADAPTER_FIXTURES.map((name) => servedJson(`test/fixtures/adapters/${name}`)),
);
const sharedDocuments = [
  ...validDocuments,
  ...invalidDocuments,
  ...refusedDocuments,
  ...shorthandDocuments,
  ...unsafeUrlDocuments,
].map(({ doc }) => doc);

/** Every string in `value` held under `key`, or under any key when `key` is undefined. */
function stringsOf(value: unknown, key?: string): string[] {
  const found: string[] = [];
  const pending: [unknown, string | undefined][] = [[value, undefined]];
  while (pending.length > 0) {
    const [node, name] = pending.pop()!;
    if (typeof node === 'string' && (key === undefined || name === key)) found.push(node);
    else if (Array.isArray(node)) for (const item of node) pending.push([item, name]);
    else if (node && typeof node === 'object') {
      for (const [childName, child] of Object.entries(node)) pending.push([child, childName]);
    }
  }
  return found;
}

describe('textOfHtml', () => {
  it('gives the text of inline HTML, for word counts', () => {
    expect(textOfHtml('Tom&amp;Jerry<br>in <b>bo</b>ld<script>x</script>')).to.equal(
      'Tom&Jerry\nin bold',
    );
    expect(textOfHtml('a<svg>drawn</svg>b<!-- c -->d')).to.equal('abd');
    expect(textOfHtml(3 as unknown as string)).to.equal('');
  });

  it('gives the parser’s text for each case written by hand', () => {
    for (const html of BY_HAND) expectSameText(html);
  });

  it(`gives the parser’s text for ${PURE_RUNS} generated pieces of markup`, () => {
    fc.assert(
      fc.property(generatedHtml, (html) => expectSameText(html)),
      settings(PURE_RUNS),
    );
  });

  it('gives the parser’s text for every html field of the seed story, fixtures and documents', () => {
    const htmls = [seedStory, ...fixtures, ...sharedDocuments].flatMap((doc) =>
      stringsOf(doc, 'html'),
    );
    expect(htmls.length).to.be.at.least(6);
    for (const html of htmls) expectSameText(html);
  });

  it('gives the parser’s text for every string of the adapters’ publisher documents', () => {
    const strings = adapterFixtures.flatMap((doc) => stringsOf(doc));
    expect(strings.filter((text) => text.includes('</')).length).to.be.greaterThan(10);
    for (const text of strings) expectSameText(text);
  });
});

describe('reading times read through textOfHtml', () => {
  /** Minutes measured with the inline-HTML parser before `textOfHtml` replaced it. */
  it('are unchanged for the seed story and the fixtures', () => {
    const bodies = [seedStory, ...fixtures].map((doc) => (doc as { body?: unknown }).body);
    expect(bodies.map((body) => bodyReadingMinutes(body))).to.deep.equal([
      3, 0, 0, 4, 1, 0, 1, 0, 0, 0, 1,
    ]);
  });

  it('count an html block’s words as the parser’s text does', () => {
    const html = 'สวัสดี<b>ครับ</b> <em>巴基斯坦</em> Tom&amp;Jerry<script>hidden words</script>';
    const words = countWords(parserText(html));
    const body = Array.from({ length: 230 }, () => ({ type: 'paragraph', html }));
    expect(bodyReadingMinutes(body)).to.equal(words);
  });
});
