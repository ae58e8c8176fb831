import { expect } from '@open-wc/testing';
import { toArticle } from '../../src/adapters/to-article.js';
import type { Conversion } from '../../src/adapters/types.js';
import { fromWordPress, wordPressAdapter } from '../../src/adapters/wordpress.js';
import {
  expectValidConversion,
  loadAdapterFixture,
  paragraphs,
  warningsOf,
} from '../helpers/adapters.js';

const fixture = (file: string) => loadAdapterFixture('wordpress', file);
/** Converts, and checks the promise every conversion keeps: a valid article. */
const convert = (document: unknown) => expectValidConversion(fromWordPress(document), 'wordpress');

describe('fromWordPress', () => {
  describe('a post fetched with _embed', () => {
    let conversion: Conversion;

    before(async () => {
      conversion = convert(await fixture('post-embed.json'));
    });

    it('reads the title and the excerpt as plain text, without the "[…]" WordPress adds', () => {
      const { article } = conversion;
      expect(article.headline).to.equal(
        'More than 6,000 Pakistani vendors registered on Amazon, ambassador says',
      );
      expect(article.description).to.equal(
        'More than 6,000 vendors from Pakistan were registered on Amazon platforms last year after the e-commerce giant opened seller registration for the nation.',
      );
    });

    it('reads the link, and the GMT dates as UTC', () => {
      const { article } = conversion;
      expect(article.url).to.equal('https://tidings.example/2022/08/23/pakistani-vendors-amazon/');
      expect(article.datePublished).to.equal('2022-08-23T14:15:00Z');
      expect(article.dateModified).to.equal('2022-08-24T13:02:11Z');
    });

    it('reads the embedded author with the author page and the largest avatar', () => {
      expect(conversion.article.author).to.deep.equal([
        {
          name: 'Ayesha Rahman',
          url: 'https://tidings.example/author/ayesha/',
          image: { url: 'https://secure.gravatar.example/avatar/ab12?s=96&d=mm&r=g' },
        },
      ]);
    });

    it('reads the embedded featured image with its alt text, caption and size', () => {
      expect(conversion.article.image).to.deep.equal([
        {
          url: 'https://tidings.example/wp-content/uploads/2022/08/ambassador.jpg',
          alt: 'Masood Khan at a lectern',
          caption: 'Masood Khan speaks to the WIPG group at the Embassy.',
          width: 1600,
          height: 1067,
        },
      ]);
    });

    it('takes the first real category as the section and the tags as keywords', () => {
      expect(conversion.article.articleSection).to.equal('Business & Trade');
      expect(conversion.article.keywords).to.deep.equal(['Pakistan', 'e-commerce']);
    });

    it('splits the content HTML into blocks: an embed by its address, a gallery by its images', () => {
      expect(conversion.article.body).to.deep.equal([
        {
          type: 'paragraph',
          text: 'More than 6,000 vendors from Pakistan were registered on Amazon platforms last year after the e-commerce giant opened seller registration for the nation.',
        },
        {
          type: 'paragraph',
          html: 'This was shared by Masood Khan, Pakistan&#8217;s Ambassador to the United States, who called it &#8220;a significant breakthrough for Pakistan.&#8221;',
        },
        { type: 'heading', level: 2, html: 'A <em>35-person</em> delegation' },
        {
          type: 'quote',
          variant: 'block',
          html: 'This is just a beginning, with a promise of huge expansion.<cite>Masood Khan</cite>',
        },
        {
          type: 'image',
          url: 'https://tidings.example/wp-content/uploads/2022/08/embassy-1024x683.jpg',
          alt: 'The embassy in Washington',
          caption: 'The embassy, where the group met the ambassador.',
          width: 1024,
          height: 683,
        },
        {
          type: 'list',
          items: [
            { text: 'economists' },
            { text: 'government officials' },
            { html: 'company presidents &amp; CEOs' },
          ],
        },
        {
          type: 'embed',
          url: 'https://www.youtube.com/watch?v=abc123',
          title: 'The ambassador’s remarks',
        },
        {
          type: 'image',
          url: 'https://tidings.example/wp-content/uploads/2022/08/group-1.jpg',
          alt: 'The delegation at the embassy',
        },
        {
          type: 'image',
          url: 'https://tidings.example/wp-content/uploads/2022/08/group-2.jpg',
          alt: 'Two members of the delegation',
          caption: 'Luis Fortuno and Nelson Garcia',
        },
        {
          type: 'paragraph',
          html: 'Read more on <a href="https://tidings.example/sdgs/">cooperation on the SDGs</a>.',
        },
      ]);
    });

    it('has nothing to warn about', () => {
      expect(conversion.warnings).to.deep.equal([]);
    });
  });

  describe('a malformed post', () => {
    let conversion: Conversion;

    before(async () => {
      conversion = convert(await fixture('post-malformed.json'));
    });

    it('keeps what is intact and takes the headline from the body', () => {
      const { article } = conversion;
      expect(article.headline).to.equal('Only the body is left of this post, which has…');
      expect(paragraphs(article)).to.deep.equal([
        'Only the body is left of this post, which has lost its title and more.',
      ]);
      expect(article).not.to.have.any.keys('author', 'image', 'url', 'datePublished');
      expect(article.articleSection).to.equal('Business');
    });

    it('names each malformed part by its path in the post', () => {
      expect(warningsOf(conversion)).to.have.members([
        'excerpt.rendered: expected a string, got the number 42, dropped',
        'link: expected a string, got an array, dropped',
        'date: expected an ISO 8601 date, got the string "last Tuesday", dropped',
        'modified_gmt: expected a string, got the number 20220824, dropped',
        '_embedded.author[0]: author without a name (not public?), dropped',
        '_embedded.wp:featuredmedia[0]: featured media without a URL (not public?), dropped',
        '_embedded.wp:featuredmedia[1]: featured media of type "file", dropped',
        '_embedded.wp:term: expected an array, got an object, read as a list of one',
        '_embedded.wp:term: expected an array, got an object, read as a list of one',
        'title.rendered: missing, the first words of the body are used as the headline',
      ]);
    });
  });

  it('says when the post was fetched without _embed, and reads the rest', () => {
    const conversion = convert({
      type: 'post',
      title: { rendered: 'Tides' },
      content: { rendered: '<p>High water at noon.</p>', protected: false },
      author: 7,
      featured_media: 12,
    });
    expect(conversion.article).to.deep.equal({
      headline: 'Tides',
      body: [{ type: 'paragraph', text: 'High water at noon.' }],
    });
    expect(warningsOf(conversion)).to.deep.equal([
      '_embedded: missing, no author, image or terms (request ?_embed)',
    ]);
  });

  it('says when the body is password-protected', () => {
    const conversion = convert({
      title: { rendered: 'Members only' },
      content: { rendered: '', protected: true },
      _embedded: {},
    });
    expect(conversion.article).to.deep.equal({ headline: 'Members only' });
    expect(warningsOf(conversion)).to.deep.equal([
      'content.protected: the post is password-protected, its body is not read',
    ]);
  });

  it('reads content whose figures never close', () => {
    const html = '<figure><figure><img src="/a.jpg" alt="">'.repeat(5_000);
    const conversion = convert({ title: { rendered: 'Open' }, content: { rendered: html } });
    expect(conversion.article.body).to.deep.equal([{ type: 'image', url: '/a.jpg', alt: '' }]);
  });

  it('gives an Untitled article with a warning for anything that is no post', () => {
    for (const input of [undefined, null, 7, 'post', [], new Proxy({}, { get: () => 1 })]) {
      const conversion = convert(input);
      expect(conversion.article.headline).to.equal('Untitled');
      expect(conversion.warnings.length).to.be.greaterThan(0);
    }
  });
});

describe('wordPressAdapter', () => {
  it('detects a post by its rendered title and content or excerpt', async () => {
    expect(wordPressAdapter.detect(await fixture('post-embed.json'))).to.equal(true);
    expect(
      wordPressAdapter.detect({ title: { rendered: 'T' }, excerpt: { rendered: '' } }),
    ).to.equal(true);
    for (const other of [
      { title: 'A string title', content: { rendered: 'x' } },
      { title: { rendered: 'T' } },
      { headline: 'Tides' },
      null,
    ]) {
      expect(wordPressAdapter.detect(other), JSON.stringify(other)).to.equal(false);
    }
  });

  it('is the adapter toArticle picks for a post', async () => {
    const result = toArticle(await fixture('post-embed.json'));
    expect(result.ok && result.conversion.format).to.equal('wordpress');
  });
});
