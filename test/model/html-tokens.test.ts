/**
 * The tokenizer both the inline-HTML parser and `textOfHtml` read markup through: what it hands
 * on, in order. The parser's own tests (inline-html.test.ts) cover each rule through the tree.
 */
import { expect } from '@open-wc/testing';
import { tokenizeHtml, type HtmlTag } from '../../src/model/html-tokens.js';

type Token = string | Pick<HtmlTag, 'name' | 'isEnd' | 'href' | 'title'>;

function tokensOf(html: string): Token[] {
  const tokens: Token[] = [];
  tokenizeHtml(
    html,
    (text) => tokens.push(text),
    ({ name, isEnd, href, title }) => {
      const tag: Token = { name, isEnd };
      if (href !== undefined) tag.href = href;
      if (title !== undefined) tag.title = title;
      tokens.push(tag);
    },
  );
  return tokens;
}

describe('tokenizeHtml', () => {
  it('hands on text runs and tags in order, with the raw href and title', () => {
    expect(tokensOf('a<A HREF="/x?a&amp;b" title=t Title=u class=c>b</a >c<br/>')).to.deep.equal([
      'a',
      { name: 'a', isEnd: false, href: '/x?a&amp;b', title: 't' },
      'b',
      { name: 'a', isEnd: true },
      'c',
      { name: 'br', isEnd: false },
    ]);
  });

  it('decodes each text run on its own, so a reference never spans a tag', () => {
    expect(tokensOf('&amp;<b>&am</b>p;')).to.deep.equal([
      '&',
      { name: 'b', isEnd: false },
      '&am',
      { name: 'b', isEnd: true },
      'p;',
    ]);
  });

  it('hands on nothing of raw-text and dropped elements, comments or declarations', () => {
    expect(
      tokensOf(
        'a<script>x</script>b<svg><b>y</b><svg>z</svg></svg>c<svg/>d<!-- e --><![CDATA[f]]>g<?h?>i</ j>k',
      ),
    ).to.deep.equal(['a', 'b', 'c', 'd', 'g', 'i', 'k']);
  });

  it('keeps a < that starts no markup as text and drops a tag the input ends inside', () => {
    expect(tokensOf('1 < 2 <3 </')).to.deep.equal(['1 < 2 <3 </']);
    expect(tokensOf('a<b title="b>c')).to.deep.equal(['a']);
  });

  it('hands on nothing for an empty string or a non-string', () => {
    expect(tokensOf('')).to.deep.equal([]);
    expect(tokensOf(null as unknown as string)).to.deep.equal([]);
  });
});
