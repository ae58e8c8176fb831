import { expect } from '@open-wc/testing';
import {
  inlineText,
  ownInlineHtml,
  parseInlineHtml,
  type InlineElement,
  type InlineNode,
} from '../../src/model/inline-html.js';

const ALLOWED_TAGS = ['a', 'em', 'i', 'strong', 'b', 'br', 'sub', 'sup', 'q', 'abbr'];

/** Every element in the tree, depth first, without recursion. */
function elementsOf(nodes: InlineNode[]): InlineElement[] {
  const found: InlineElement[] = [];
  const pending = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') continue;
    found.push(node);
    pending.push(...node.children);
  }
  return found;
}

function depthOf(nodes: InlineNode[]): number {
  let depth = 0;
  let level = nodes;
  for (;;) {
    const element = level.find((node): node is InlineElement => typeof node !== 'string');
    if (!element) return depth;
    depth++;
    level = element.children;
  }
}

describe('parseInlineHtml', () => {
  describe('the subset', () => {
    it('keeps every tag of the subset as an element', () => {
      const nodes = parseInlineHtml(
        '<a href="/x">a</a><em>em</em><i>i</i><strong>s</strong><b>b</b><br><sub>2</sub><sup>3</sup><q>q</q><abbr>WIPG</abbr>',
      );
      expect(nodes.map((node) => (typeof node === 'string' ? node : node.tag))).to.deep.equal(
        ALLOWED_TAGS,
      );
    });

    it('reads tag names in any case', () => {
      expect(parseInlineHtml('<STRONG>x</Strong><Em>y</eM>')).to.deep.equal([
        { tag: 'strong', children: ['x'] },
        { tag: 'em', children: ['y'] },
      ]);
    });

    it('makes br an empty element, with or without a slash, and reads </br> as <br>', () => {
      expect(parseInlineHtml('a<br/>b<BR >c</br>')).to.deep.equal([
        'a',
        { tag: 'br', children: [] },
        'b',
        { tag: 'br', children: [] },
        'c',
        { tag: 'br', children: [] },
      ]);
    });

    it('returns no nodes for an empty string or a non-string', () => {
      expect(parseInlineHtml('')).to.deep.equal([]);
      expect(parseInlineHtml(42 as unknown as string)).to.deep.equal([]);
      expect(parseInlineHtml(null as unknown as string)).to.deep.equal([]);
    });
  });

  describe('other tags', () => {
    it('unwraps tags outside the subset to their text', () => {
      expect(
        parseInlineHtml('<span class="x">a <u>b</u></span> <p>c</p><div>d</div>'),
      ).to.deep.equal(['a b cd']);
    });

    it('keeps subset elements found inside unwrapped tags', () => {
      expect(parseInlineHtml('<span>a <b>b</b></span>')).to.deep.equal([
        'a ',
        { tag: 'b', children: ['b'] },
      ]);
    });

    for (const name of [
      'script',
      'style',
      'iframe',
      'noscript',
      'noembed',
      'noframes',
      'textarea',
      'title',
      'xmp',
    ]) {
      it(`drops the raw text of ${name} whole`, () => {
        expect(
          parseInlineHtml(`a<${name} x="1">b <b>c</b> </${name}x> d</${name.toUpperCase()} >e`),
        ).to.deep.equal(['ae']);
      });
    }

    it('drops an unclosed raw-text element to the end', () => {
      expect(parseInlineHtml('a<script>alert(1)')).to.deep.equal(['a']);
      expect(parseInlineHtml('a<style>b</style')).to.deep.equal(['a']);
    });

    it('drops everything after plaintext', () => {
      expect(parseInlineHtml('a<plaintext>b</plaintext>c')).to.deep.equal(['a']);
    });

    for (const name of ['template', 'object', 'svg', 'math']) {
      it(`drops ${name} with all it nests`, () => {
        expect(
          parseInlineHtml(`a<${name}><${name}>b</${name}><b>c</b></${name}>d<${name}/>e`),
        ).to.deep.equal(['ade']);
      });
    }

    it('ignores stray end tags of dropped elements and other end tags while dropping', () => {
      expect(parseInlineHtml('a</svg>b<svg></b></i>c</svg>d')).to.deep.equal(['abd']);
    });

    it('drops an unclosed svg to the end', () => {
      expect(parseInlineHtml('a<svg><b>b')).to.deep.equal(['a']);
    });
  });

  describe('comments and declarations', () => {
    it('drops comments, including empty and unclosed ones', () => {
      expect(parseInlineHtml('a<!-- <b>x</b> -->b<!---->c<!-->d<!--->e<!-- f')).to.deep.equal([
        'abcde',
      ]);
    });

    it('drops doctypes, processing instructions and bogus end tags', () => {
      expect(parseInlineHtml('a<!DOCTYPE html>b<?xml version="1.0"?>c</>d</ b>e<!x')).to.deep.equal(
        ['abcde'],
      );
    });
  });

  describe('entities', () => {
    it('decodes named and numeric references in text', () => {
      expect(
        parseInlineHtml(
          'Tom &amp; Jerry&nbsp;&mdash; &ldquo;hi&rdquo;&hellip; &#8220;&#x201D; &#169',
        ),
      ).to.deep.equal(['Tom & Jerry\u00A0\u2014 \u201Chi\u201D\u2026 \u201C\u201D ©']);
    });

    it('turns invalid code points into U+FFFD and leaves unknown names as written', () => {
      expect(parseInlineHtml('&#0;&#xD800;&unknown;')).to.deep.equal(['\uFFFD\uFFFD&unknown;']);
    });

    it('does not let a decoded &lt; start a tag', () => {
      expect(parseInlineHtml('&lt;b&gt;x&lt;/b&gt;')).to.deep.equal(['<b>x</b>']);
    });
  });

  describe('repairs', () => {
    it('closes unclosed tags at the end', () => {
      expect(parseInlineHtml('<b>a<i>b')).to.deep.equal([
        { tag: 'b', children: ['a', { tag: 'i', children: ['b'] }] },
      ]);
    });

    it('closes up to the matching open tag and reopens formatting, like a browser', () => {
      expect(parseInlineHtml('<b><i>x</b>y</i>')).to.deep.equal([
        { tag: 'b', children: [{ tag: 'i', children: ['x'] }] },
        { tag: 'i', children: ['y'] },
      ]);
    });

    it('leaves no empty element behind when the reopened one gets no content', () => {
      expect(parseInlineHtml('<b><i>x</b></i>z')).to.deep.equal([
        { tag: 'b', children: [{ tag: 'i', children: ['x'] }] },
        'z',
      ]);
      expect(parseInlineHtml('<b><i>x</b>')).to.deep.equal([
        { tag: 'b', children: [{ tag: 'i', children: ['x'] }] },
      ]);
    });

    it('closes but does not reopen sub, sup, q and abbr', () => {
      expect(parseInlineHtml('<b><sub>x</b>y</sub>')).to.deep.equal([
        { tag: 'b', children: [{ tag: 'sub', children: ['x'] }] },
        'y',
      ]);
    });

    it('ignores a stray closing tag', () => {
      expect(parseInlineHtml('a</b>b</em>c<i>d</strong>e</i>')).to.deep.equal([
        'abc',
        { tag: 'i', children: ['de'] },
      ]);
    });

    it('keeps empty elements that were written', () => {
      expect(parseInlineHtml('<b></b>')).to.deep.equal([{ tag: 'b', children: [] }]);
    });

    it('never nests a link in a link', () => {
      expect(parseInlineHtml('<a href="/1">x<a href="/2">y</a>z</a>')).to.deep.equal([
        { tag: 'a', href: '/1', children: ['x'] },
        { tag: 'a', href: '/2', children: ['y'] },
        'z',
      ]);
    });

    it('reopens the formatting a nested link closed', () => {
      expect(parseInlineHtml('<a href="/1"><b>x<a href="/2">y')).to.deep.equal([
        { tag: 'a', href: '/1', children: [{ tag: 'b', children: ['x'] }] },
        { tag: 'b', children: [{ tag: 'a', href: '/2', children: ['y'] }] },
      ]);
    });

    it('reopens a link, with its href, when formatting closes around it', () => {
      expect(parseInlineHtml('<b><a href="/1">x</b>y</a>')).to.deep.equal([
        { tag: 'b', children: [{ tag: 'a', href: '/1', children: ['x'] }] },
        { tag: 'a', href: '/1', children: ['y'] },
      ]);
    });

    it('caps the depth of 10,000 nested tags and keeps all the text', () => {
      const html = '<b>'.repeat(10000) + 'deep' + '</b>'.repeat(10000) + 'after';
      const nodes = parseInlineHtml(html);
      expect(depthOf(nodes)).to.equal(32);
      expect(inlineText(nodes)).to.equal('deepafter');
    });

    it('still parses br beyond the depth cap', () => {
      const nodes = parseInlineHtml('<i>'.repeat(40) + 'a<br>b');
      expect(elementsOf(nodes).filter((element) => element.tag === 'br')).to.have.length(1);
    });

    it('drops a tag the input ends inside, and what follows it', () => {
      expect(parseInlineHtml('a<b class="x')).to.deep.equal(['a']);
      expect(parseInlineHtml('a<b')).to.deep.equal(['a']);
      expect(parseInlineHtml('a</b')).to.deep.equal(['a']);
    });
  });

  describe('attributes', () => {
    it('keeps href and title on a, title on abbr, and nothing else', () => {
      expect(
        parseInlineHtml(
          '<a href="https://example.com/" title="Home" class="x" target=_blank rel=x>a</a>' +
            '<abbr title="World Health Organization" lang=en>WHO</abbr>' +
            '<b title="t" href="/x">b</b><q cite="/x">q</q>',
        ),
      ).to.deep.equal([
        { tag: 'a', href: 'https://example.com/', title: 'Home', children: ['a'] },
        { tag: 'abbr', title: 'World Health Organization', children: ['WHO'] },
        { tag: 'b', children: ['b'] },
        { tag: 'q', children: ['q'] },
      ]);
    });

    it('reads values quoted with \', " or unquoted, in any case, with spaces around =', () => {
      const links = parseInlineHtml(
        `<a href='/single' TITLE = "dou'ble">1</a><a HREF = /unquoted title=un"quoted>2</a><a href title>3</a>`,
      );
      expect(links).to.deep.equal([
        { tag: 'a', href: '/single', title: "dou'ble", children: ['1'] },
        { tag: 'a', href: '/unquoted', title: 'un"quoted', children: ['2'] },
        { tag: 'a', title: '', children: ['3'] },
      ]);
    });

    it('decodes entities in attribute values, keeping &name= as written', () => {
      expect(
        parseInlineHtml('<a href="/s?a=1&amp;b=2&copy=3" title="&quot;Q&quot; &amp; A">x</a>'),
      ).to.deep.equal([{ tag: 'a', href: '/s?a=1&b=2&copy=3', title: '"Q" & A', children: ['x'] }]);
    });

    it('keeps the first of duplicate attributes, as browsers do', () => {
      expect(parseInlineHtml('<a href="javascript:x" href="/ok">x</a>')).to.deep.equal([
        { tag: 'a', children: ['x'] },
      ]);
    });

    it('drops an unsafe href and keeps the link text', () => {
      expect(parseInlineHtml('<a href="javascript:alert(1)">read more</a>')).to.deep.equal([
        { tag: 'a', children: ['read more'] },
      ]);
    });

    it('does not allow mailto in inline links', () => {
      expect(parseInlineHtml('<a href="mailto:x@example.com">x</a>')).to.deep.equal([
        { tag: 'a', children: ['x'] },
      ]);
    });

    it('reads a > inside a quoted value as part of the value', () => {
      expect(parseInlineHtml('<abbr title="a>b">x</abbr>')).to.deep.equal([
        { tag: 'abbr', title: 'a>b', children: ['x'] },
      ]);
    });

    it('ignores slashes between attributes', () => {
      expect(parseInlineHtml('<a/href="/x"/title=t/>x</a>')).to.deep.equal([
        { tag: 'a', href: '/x', title: 't/', children: ['x'] },
      ]);
    });
  });

  describe('text', () => {
    it('keeps a < that does not start a tag as text', () => {
      expect(parseInlineHtml('1 < 2 <3 a<=b <<b>x</b> <')).to.deep.equal([
        '1 < 2 <3 a<=b <',
        { tag: 'b', children: ['x'] },
        ' <',
      ]);
    });

    it('keeps a trailing </ as text', () => {
      expect(parseInlineHtml('a</')).to.deep.equal(['a</']);
    });

    it('merges adjacent text across dropped and unwrapped tags', () => {
      expect(parseInlineHtml('a<span>b</span><!-- c -->d<script>e</script>f&amp;')).to.deep.equal([
        'abdf&',
      ]);
    });

    it('keeps whitespace as written', () => {
      expect(parseInlineHtml('  a \n\t b  <b> c </b>  ')).to.deep.equal([
        '  a \n\t b  ',
        { tag: 'b', children: [' c '] },
        '  ',
      ]);
    });
  });

  describe('hostile input', () => {
    const PAYLOADS = [
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '<math><mtext><script>alert(1)</script></mtext></math>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href=" &#14;javascript:alert(1)">x</a>',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
      '<a href="javascript&colon;alert(1)">x</a>',
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      '<a href="vbscript:msgbox(1)">x</a>',
      '<a href=javascript:alert(1)>x</a>',
      '<a href=`javascript:alert(1)`>x</a>',
      '<scr<script>ipt>alert(1)</scr</script>ipt>',
      '<script>alert(1)</script>',
      '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
      '<script>document.write("</script><b>x</b>")</script>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<iframe srcdoc="<script>alert(1)</script>">',
      '<object data="javascript:alert(1)"></object>',
      '<embed src="javascript:alert(1)">',
      '<body onload=alert(1)>',
      '<b onmouseover=alert(1)>hover</b>',
      '<i onclick="alert(1)" style="background:url(javascript:alert(1))">x</i>',
      '<abbr title="x" onfocus=alert(1) autofocus tabindex=0>x</abbr>',
      '<a href="/ok" onclick="alert(1)" style="x" target="_blank">x</a>',
      '<details open ontoggle=alert(1)>',
      '<input onfocus=alert(1) autofocus>',
      '<video><source onerror="alert(1)">',
      '<form action="javascript:alert(1)"><button>x</button></form>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      '<base href="javascript:alert(1)//">',
      '<link rel=stylesheet href="data:,*{x:expression(alert(1))}">',
      '<style>@import "javascript:alert(1)";</style>',
      '<template><img src=x onerror=alert(1)></template>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<textarea></textarea><img src=x onerror=alert(1)>',
      '<!--><img src=x onerror=alert(1)>-->',
      '<![CDATA[<img src=x onerror=alert(1)>]]>',
      '<b/onmouseover=alert(1)>x</b>',
      '<a/href="javascript:alert(1)">x</a>',
      '<a href="javas\ncript:alert(1)">x</a>',
      '<a href="\\\\evil.example">x</a>',
      '"><img src=x onerror=alert(1)>',
      '<<img src=x onerror=alert(1)>>',
      '<img src="x` `<script>alert(1)</script>"` `>',
    ];

    for (const payload of PAYLOADS) {
      it(`keeps only the subset from ${JSON.stringify(payload)}`, () => {
        const elements = elementsOf(parseInlineHtml(payload));
        for (const element of elements) {
          expect(ALLOWED_TAGS).to.include(element.tag);
          const attributes = Object.keys(element).filter(
            (key) => key !== 'tag' && key !== 'children',
          );
          for (const attribute of attributes) {
            expect(attribute === 'href' ? element.tag : attribute).to.be.oneOf(['a', 'title']);
          }
          if (element.title !== undefined) expect(element.tag).to.be.oneOf(['a', 'abbr']);
          if (element.href !== undefined) expect(element.href).to.match(/^\/[^/\\]|^https?:/i);
        }
      });
    }

    it('keeps the harmless text of <scr<script>ipt> and no script', () => {
      expect(parseInlineHtml('<scr<script>ipt>alert(1)</script>')).to.deep.equal(['ipt>alert(1)']);
    });

    // These guard the parser's complexity, not its speed (that is measured in bench/): a
    // quadratic parser would take minutes on inputs this size, a linear one milliseconds, so the
    // generous bound cannot be reached by a busy machine, only by a change of algorithm.
    it('stays linear on 1 MB of mixed markup', () => {
      const chunk =
        '<b>Pakistan <i>and</i></b> the US &amp; <a href="https://example.com/?a=1&b=2">more</a> <span>x</span> ';
      const html = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
      const started = performance.now();
      expect(parseInlineHtml(html)).to.have.length.above(1000);
      expect(performance.now() - started).to.be.below(5000);
    });

    for (const [name, html] of [
      ['a million <', '<'.repeat(1_000_000)],
      ['a million &', '&#'.repeat(500_000)],
      ['unclosed attributes', '<a x='.repeat(200_000)],
      ['misnested formatting', '<i>'.repeat(40) + '<b></i>'.repeat(120_000)],
      ['repeated raw-text openers', '<script>'.repeat(120_000)],
      ['nested svg', '<svg>'.repeat(200_000)],
      ['comment openers', '<!--'.repeat(250_000)],
    ] as const) {
      it(`stays linear on ${name}`, () => {
        const started = performance.now();
        parseInlineHtml(html);
        expect(performance.now() - started).to.be.below(5000);
      });
    }
  });
});

describe('inlineText', () => {
  it('joins the text of the tree and makes br a newline', () => {
    expect(
      inlineText(
        parseInlineHtml('Luis Fortuno,<br>President of <abbr title="x">WIPG</abbr> <b>now</b>'),
      ),
    ).to.equal('Luis Fortuno,\nPresident of WIPG now');
  });

  it('returns an empty string for no nodes', () => {
    expect(inlineText([])).to.equal('');
  });
});

describe('ownInlineHtml', () => {
  it('reads the content’s own html string, never an inherited or a non-string one', () => {
    expect(ownInlineHtml({ html: '<em>a</em>' })).to.equal('<em>a</em>');
    expect(ownInlineHtml({ text: 'a' })).to.equal(undefined);
    expect(ownInlineHtml({ html: 42 })).to.equal(undefined);
    expect(ownInlineHtml(Object.create({ html: '<b>injected</b>' }) as object)).to.equal(undefined);
  });
});
