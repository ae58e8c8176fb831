/**
 * Documents shared by the validator and schema tests. Every valid document, and every document
 * written with schema.org's shorthands, must pass both the runtime validator and the JSON Schema;
 * in every invalid one the schema finds errors at exactly the paths where the validator drops a
 * value or refuses the document (in the validator's path syntax).
 */

/** A story that uses every field and every block type, modelled on the reference story. */
const fullStory = {
  $schema: 'https://lede-elements.dev/article.schema.json',
  headline: 'More than 6,000 Pakistani vendors registered on Amazon last year',
  alternativeHeadline: 'Pakistani sellers on Amazon',
  description: 'Pakistan’s ambassador to the US told a visiting delegation about the breakthrough.',
  url: 'https://example.com/news/pakistan-amazon-vendors',
  dateline: 'Washington DC',
  datePublished: '2022-08-23',
  dateModified: '2022-08-23T18:05:00+05:00',
  author: [{ name: 'News Desk', url: 'mailto:desk@example.com' }],
  publisher: {
    name: 'Example News',
    url: 'https://example.com/',
    logo: { url: '/logo.png', alt: 'Example News', width: 120, height: 40 },
  },
  sourceOrganization: { name: 'TDI', alternateName: 'TDI' },
  image: [
    {
      url: 'https://example.com/images/embassy.jpg',
      alt: 'The Embassy of Pakistan in Washington',
      caption: 'The delegation met the ambassador at the embassy.',
      creditText: 'Photo: Example',
      width: 1200,
      height: 800,
    },
  ],
  inLanguage: 'en',
  articleSection: 'Business',
  keywords: ['Pakistan', 'Amazon', 'e-commerce'],
  body: [
    {
      type: 'paragraph',
      id: 'lede',
      text: 'More than 6,000 vendors from Pakistan were registered on Amazon platforms last year.',
    },
    { type: 'heading', text: 'A breakthrough', level: 2 },
    { type: 'heading', html: '<em>Numbers</em>', level: 6 },
    {
      type: 'quote',
      id: 'breakthrough',
      variant: 'pull',
      text: 'This was a significant breakthrough for Pakistan.',
      attribution: {
        name: 'Masood Khan',
        jobTitle: 'Pakistan’s Ambassador to the United States',
        affiliation: { name: 'Embassy of Pakistan' },
        image: { url: '/khan.jpg', alt: '' },
      },
      cite: 'https://example.com/source',
    },
    { type: 'quote', variant: 'block', html: 'This is <strong>just a beginning</strong>.' },
    {
      type: 'stat',
      id: 'vendors',
      value: 6000,
      qualifier: 'more-than',
      unitText: 'vendors',
      label: 'Pakistani sellers registered on Amazon',
      date: '2021',
      source: 'Amazon',
    },
    { type: 'stat', value: 220000000, display: '220 million', unitText: 'people' },
    { type: 'stat', value: 0.5, qualifier: 'about', date: '2022-08' },
    { type: 'stat', value: -3, qualifier: 'up-to', date: '2022-08-23T09:30Z' },
    { type: 'stat', value: 130000000, qualifier: 'nearly', date: '2022-08-23T09:30:15.250-0400' },
    {
      type: 'people',
      id: 'delegation',
      title: 'The delegation',
      organization: {
        name: 'Washington Intergovernmental Professional Group',
        alternateName: 'WIPG',
      },
      numberOfItems: 35,
      items: [
        { name: 'Luis Fortuno', jobTitle: 'Former governor of Puerto Rico' },
        {
          name: 'Nelson Garcia',
          jobTitle: 'President',
          affiliation: { name: 'Washington Intergovernmental Professional Group' },
        },
      ],
      groups: ['economists', 'government officials', 'diplomats'],
      host: { name: 'Masood Khan' },
      occasion: 'at the Embassy of Pakistan',
    },
    { type: 'people', items: [], numberOfItems: 0 },
    {
      type: 'list',
      ordered: true,
      items: [
        { text: 'IT specialists' },
        { html: '<b>entrepreneurs</b>', items: [{ text: 'start-ups', items: [] }] },
      ],
    },
    { type: 'list', items: [] },
    {
      type: 'links',
      id: 'also-read-1',
      title: 'Also Read',
      items: [
        {
          headline: 'US, Pakistan to strengthen cooperation on SDGs',
          url: '/news/us-pakistan-sdgs',
          description: 'A related story.',
          image: { url: '/thumb.jpg' },
        },
        { headline: 'Pakistan’s Ambassador to US meets World Bank Officials' },
      ],
    },
    {
      type: 'image',
      id: 'photo',
      url: '/photo.jpg',
      alt: 'The meeting',
      caption: 'The meeting',
      creditText: 'Photo: Example',
      width: 0,
      height: 0,
    },
    {
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=example',
      title: 'The meeting on video',
      provider: 'YouTube',
      description: 'Footage of the meeting.',
      image: { url: 'https://img.example.com/still.jpg' },
    },
  ],
  related: [{ headline: 'Pakistan’s Ambassador to US meets World Bank Officials', url: '/wb' }],
};

/** Documents that both the validator and the schema accept. */
export const validDocuments: { name: string; doc: unknown }[] = [
  { name: 'only a headline', doc: { headline: 'x' } },
  { name: 'every field and block type', doc: fullStory },
  {
    name: 'unknown fields everywhere (kept, with warnings)',
    doc: {
      headline: 'x',
      colour: 'red',
      body: [{ type: 'stat', value: 1, colour: { nested: [1, null, true] } }],
      author: [{ name: 'A', nickname: 'a' }],
    },
  },
  { name: 'empty arrays', doc: { headline: 'x', body: [], author: [], related: [], keywords: [] } },
  {
    name: 'text and html together',
    doc: { headline: 'x', body: [{ type: 'paragraph', text: 'a b', html: 'a <i>b</i>' }] },
  },
  {
    name: 'empty text is still text',
    doc: { headline: 'x', body: [{ type: 'paragraph', text: '' }] },
  },
  {
    name: 'every qualifier',
    doc: {
      headline: 'x',
      body: ['more-than', 'less-than', 'at-least', 'at-most', 'about', 'nearly', 'up-to'].map(
        (qualifier) => ({ type: 'stat', value: 1, qualifier }),
      ),
    },
  },
  {
    name: 'every heading level',
    doc: {
      headline: 'x',
      body: [2, 3, 4, 5, 6].map((level) => ({ type: 'heading', text: 'h', level })),
    },
  },
];

/** Documents that both reject, with the paths of their errors. */
export const invalidDocuments: { name: string; doc: unknown; paths: string[] }[] = [
  { name: 'an array', doc: [], paths: [''] },
  { name: 'null', doc: null, paths: [''] },
  { name: 'a string', doc: 'story', paths: [''] },
  { name: 'no headline', doc: { description: 'x' }, paths: ['headline'] },
  { name: 'numeric headline', doc: { headline: 42 }, paths: ['headline'] },
  { name: 'empty headline', doc: { headline: '' }, paths: ['headline'] },
  { name: '$schema not a string', doc: { headline: 'x', $schema: 1 }, paths: ['$schema'] },
  {
    name: 'inLanguage an array',
    doc: { headline: 'x', inLanguage: ['en'] },
    paths: ['inLanguage'],
  },
  {
    name: 'inLanguage a Language object with a numeric alternateName, or with neither name',
    doc: { headline: 'x', inLanguage: { alternateName: 5 } },
    paths: ['inLanguage.alternateName'],
  },
  {
    name: 'datePublished not ISO 8601',
    doc: { headline: 'x', datePublished: 'August 23, 2022' },
    paths: ['datePublished'],
  },
  {
    name: 'dateModified a number',
    doc: { headline: 'x', dateModified: 20220823 },
    paths: ['dateModified'],
  },
  { name: 'author a number', doc: { headline: 'x', author: 5 }, paths: ['author'] },
  { name: 'author an empty name', doc: { headline: 'x', author: [''] }, paths: ['author[0]'] },
  {
    name: 'publisher and agency without a name',
    doc: { headline: 'x', publisher: { url: '/' }, sourceOrganization: true },
    paths: ['publisher.name', 'sourceOrganization'],
  },
  {
    name: 'author affiliation without name',
    doc: { headline: 'x', author: [{ name: 'A', affiliation: { url: '/' } }] },
    paths: ['author[0].affiliation.name'],
  },
  {
    name: 'author name empty, url a number',
    doc: { headline: 'x', author: [{ name: 'A' }, { name: '', url: 7 }] },
    paths: ['author[1].name', 'author[1].url'],
  },
  {
    name: 'agency alternateName a number',
    doc: { headline: 'x', sourceOrganization: { name: 'TDI', alternateName: 1 } },
    paths: ['sourceOrganization.alternateName'],
  },
  {
    name: 'publisher logo without url',
    doc: { headline: 'x', publisher: { name: 'P', logo: { alt: 'P' } } },
    paths: ['publisher.logo.url'],
  },
  {
    name: 'image height negative, width fractional, alt a number',
    doc: { headline: 'x', image: [{ url: '/a.jpg', width: 1.5, height: -5, alt: 3 }] },
    paths: ['image[0].width', 'image[0].height', 'image[0].alt'],
  },
  { name: 'keywords an object', doc: { headline: 'x', keywords: {} }, paths: ['keywords'] },
  {
    name: 'keywords with non-strings',
    doc: { headline: 'x', keywords: [1, 'ok', null] },
    paths: ['keywords[0]', 'keywords[2]'],
  },
  { name: 'body an object without type', doc: { headline: 'x', body: {} }, paths: ['body.type'] },
  { name: 'body a number', doc: { headline: 'x', body: 1 }, paths: ['body'] },
  { name: 'block a string', doc: { headline: 'x', body: ['text'] }, paths: ['body[0]'] },
  { name: 'block null', doc: { headline: 'x', body: [null] }, paths: ['body[0]'] },
  {
    name: 'block without type',
    doc: { headline: 'x', body: [{ text: 'a' }] },
    paths: ['body[0].type'],
  },
  {
    name: 'block of unknown type',
    doc: { headline: 'x', body: [{ type: 'chart', value: 1 }] },
    paths: ['body[0].type'],
  },
  {
    name: 'block type a number',
    doc: { headline: 'x', body: [{ type: 5 }] },
    paths: ['body[0].type'],
  },
  {
    name: 'block id a number',
    doc: { headline: 'x', body: [{ type: 'paragraph', id: 1, text: 'a' }] },
    paths: ['body[0].id'],
  },
  {
    name: 'paragraph without text or html',
    doc: { headline: 'x', body: [{ type: 'paragraph' }] },
    paths: ['body[0]'],
  },
  {
    name: 'paragraph text a number',
    doc: { headline: 'x', body: [{ type: 'paragraph', text: 5 }] },
    paths: ['body[0].text'],
  },
  {
    name: 'heading level 7 and level "2"',
    doc: {
      headline: 'x',
      body: [
        { type: 'heading', text: 'a', level: 7 },
        { type: 'heading', html: 'b', level: '2' },
      ],
    },
    paths: ['body[0].level', 'body[1].level'],
  },
  {
    name: 'quote variant unknown',
    doc: { headline: 'x', body: [{ type: 'quote', text: 'a', variant: 'big' }] },
    paths: ['body[0].variant'],
  },
  {
    name: 'quote attribution without name, cite a number',
    doc: { headline: 'x', body: [{ type: 'quote', text: 'a', attribution: {}, cite: 1 }] },
    paths: ['body[0].attribution.name', 'body[0].cite'],
  },
  {
    name: 'quote without text, attribution a number',
    doc: { headline: 'x', body: [{ type: 'quote', attribution: 5 }] },
    paths: ['body[0]', 'body[0].attribution'],
  },
  {
    name: 'stat value a formatted string',
    doc: { headline: 'x', body: [{ type: 'stat', value: '6,000' }] },
    paths: ['body[0].value'],
  },
  {
    name: 'stat without value',
    doc: { headline: 'x', body: [{ type: 'stat', label: 'vendors' }] },
    paths: ['body[0].value'],
  },
  {
    name: 'stat value null',
    doc: { headline: 'x', body: [{ type: 'stat', value: null }] },
    paths: ['body[0].value'],
  },
  {
    name: 'stat qualifier, date and display wrong',
    doc: {
      headline: 'x',
      body: [{ type: 'stat', value: 1, qualifier: 'over', date: '23 August 2022', display: 6000 }],
    },
    paths: ['body[0].qualifier', 'body[0].date', 'body[0].display'],
  },
  {
    name: 'people without a member, a count or an organization',
    doc: { headline: 'x', body: [{ type: 'people', title: 'The delegation', items: [] }] },
    paths: ['body[0]'],
  },
  {
    name: 'people numberOfItems negative or fractional or a string',
    doc: {
      headline: 'x',
      body: [
        { type: 'people', items: ['Luis Fortuno'], numberOfItems: -1 },
        { type: 'people', items: ['Luis Fortuno'], numberOfItems: 3.5 },
        { type: 'people', organization: 'WIPG', numberOfItems: '35' },
      ],
    },
    paths: ['body[0].numberOfItems', 'body[1].numberOfItems', 'body[2].numberOfItems'],
  },
  {
    name: 'people members wrong',
    doc: {
      headline: 'x',
      body: [
        {
          type: 'people',
          items: [{ name: 'Luis Fortuno', affiliation: { name: 1 } }, { jobTitle: 'President' }],
          groups: ['economists', 2],
          host: { name: null },
          organization: 5,
          occasion: false,
        },
      ],
    },
    paths: [
      'body[0].items[0].affiliation.name',
      'body[0].items[1].name',
      'body[0].groups[1]',
      'body[0].host.name',
      'body[0].organization',
      'body[0].occasion',
    ],
  },
  {
    name: 'list ordered a string, items not an array',
    doc: { headline: 'x', body: [{ type: 'list', ordered: 'yes', items: {} }] },
    paths: ['body[0].ordered', 'body[0].items'],
  },
  {
    name: 'nested list item without text',
    doc: {
      headline: 'x',
      body: [{ type: 'list', items: [{ text: 'a' }, { text: 'b', items: [{ items: [] }, 'c'] }] }],
    },
    paths: ['body[0].items[1].items[0]', 'body[0].items[1].items[1]'],
  },
  {
    name: 'links item without headline, url a number',
    doc: {
      headline: 'x',
      body: [{ type: 'links', title: 'Also Read', items: [{ url: 1 }, { headline: 'Kept' }] }],
    },
    paths: ['body[0].items[0].headline', 'body[0].items[0].url'],
  },
  {
    name: 'links without items, title a number',
    doc: { headline: 'x', body: [{ type: 'links', title: 2 }] },
    paths: ['body[0].items', 'body[0].title'],
  },
  {
    name: 'links with no link',
    doc: { headline: 'x', body: [{ type: 'links', items: [] }] },
    paths: ['body[0].items'],
  },
  {
    name: 'image block without url, width a string',
    doc: { headline: 'x', body: [{ type: 'image', width: '640' }] },
    paths: ['body[0].url', 'body[0].width'],
  },
  {
    name: 'embed without url, image without url',
    doc: { headline: 'x', body: [{ type: 'embed', provider: 'YouTube', image: {} }] },
    paths: ['body[0].url', 'body[0].image.url'],
  },
  {
    name: 'related headline empty, image an array',
    doc: { headline: 'x', related: [{ headline: '', image: [] }] },
    paths: ['related[0].headline', 'related[0].image'],
  },
  {
    name: 'many problems at once',
    doc: {
      headline: null,
      body: [
        { type: 'paragraph', text: 'fine' },
        { type: 'stat', value: '6,000' },
        { type: 'quote', text: 'a', variant: 'big' },
        { type: 'people', items: [{ name: 'A' }, {}] },
      ],
      related: 'none',
    },
    paths: ['headline', 'body[1].value', 'body[2].variant', 'body[3].items[1].name', 'related'],
  },
];

/** Documents the validator refuses whole, with the paths of its errors. */
export const refusedDocuments: { name: string; doc: unknown; paths: string[] }[] = [
  { name: 'an array', doc: [], paths: [''] },
  { name: 'null', doc: null, paths: [''] },
  { name: 'no headline', doc: { description: 'x', datePublished: 'soon' }, paths: ['headline'] },
  { name: 'a numeric headline', doc: { headline: 42, body: [{ type: 'x' }] }, paths: ['headline'] },
  { name: 'an empty headline', doc: { headline: '' }, paths: ['headline'] },
];

/** Every shorthand the validator accepts, with the canonical shape it reads it as. */
export const shorthandDocuments: { name: string; doc: unknown; canonical: unknown }[] = [
  {
    name: 'an image as a URL',
    doc: { headline: 'x', image: '/a.jpg' },
    canonical: { headline: 'x', image: [{ url: '/a.jpg' }] },
  },
  {
    name: 'images as a list of URLs',
    doc: { headline: 'x', image: ['/a.jpg', 'https://example.com/b.jpg'] },
    canonical: { headline: 'x', image: [{ url: '/a.jpg' }, { url: 'https://example.com/b.jpg' }] },
  },
  {
    name: 'one ImageObject without a list',
    doc: { headline: 'x', image: { url: '/a.jpg', alt: 'A' } },
    canonical: { headline: 'x', image: [{ url: '/a.jpg', alt: 'A' }] },
  },
  {
    name: 'a list of URLs and ImageObjects mixed',
    doc: { headline: 'x', image: ['/a.jpg', { url: '/b.jpg' }] },
    canonical: { headline: 'x', image: [{ url: '/a.jpg' }, { url: '/b.jpg' }] },
  },
  {
    name: 'a logo as a URL',
    doc: { headline: 'x', publisher: { name: 'Example News', logo: '/logo.png' } },
    canonical: { headline: 'x', publisher: { name: 'Example News', logo: { url: '/logo.png' } } },
  },
  {
    name: 'an author as a name',
    doc: { headline: 'x', author: 'News Desk' },
    canonical: { headline: 'x', author: [{ name: 'News Desk' }] },
  },
  {
    name: 'authors as a list of names and Persons',
    doc: { headline: 'x', author: ['A', { name: 'B', jobTitle: 'Editor' }] },
    canonical: { headline: 'x', author: [{ name: 'A' }, { name: 'B', jobTitle: 'Editor' }] },
  },
  {
    name: 'one author Person without a list',
    doc: { headline: 'x', author: { name: 'A', image: '/a.jpg' } },
    canonical: { headline: 'x', author: [{ name: 'A', image: { url: '/a.jpg' } }] },
  },
  {
    name: 'a publisher and an agency as names',
    doc: { headline: 'x', publisher: 'Example News', sourceOrganization: 'TDI' },
    canonical: {
      headline: 'x',
      publisher: { name: 'Example News' },
      sourceOrganization: { name: 'TDI' },
    },
  },
  {
    name: 'an affiliation as a name',
    doc: { headline: 'x', author: [{ name: 'A', affiliation: 'Embassy of Pakistan' }] },
    canonical: {
      headline: 'x',
      author: [{ name: 'A', affiliation: { name: 'Embassy of Pakistan' } }],
    },
  },
  {
    name: 'keywords as one comma-separated string',
    doc: { headline: 'x', keywords: 'Pakistan, Amazon,, e-commerce ' },
    canonical: { headline: 'x', keywords: ['Pakistan', 'Amazon', 'e-commerce'] },
  },
  {
    name: 'inLanguage as a Language object',
    doc: {
      headline: 'x',
      inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' },
    },
    canonical: { headline: 'x', inLanguage: 'en' },
  },
  {
    name: 'inLanguage as a Language object with a name only',
    doc: { headline: 'x', inLanguage: { name: 'ur' } },
    canonical: { headline: 'x', inLanguage: 'ur' },
  },
  {
    name: 'one block, one related story and one keyword without lists',
    doc: {
      headline: 'x',
      body: { type: 'paragraph', text: 'a' },
      related: { headline: 'Also', image: '/t.jpg' },
      keywords: 'Pakistan',
    },
    canonical: {
      headline: 'x',
      body: [{ type: 'paragraph', text: 'a' }],
      related: [{ headline: 'Also', image: { url: '/t.jpg' } }],
      keywords: ['Pakistan'],
    },
  },
  {
    name: 'names and single values inside blocks',
    doc: {
      headline: 'x',
      body: [
        { type: 'quote', text: 'a', attribution: 'Masood Khan' },
        {
          type: 'people',
          organization: 'WIPG',
          items: 'Luis Fortuno',
          groups: 'economists',
          host: 'Masood Khan',
        },
        { type: 'people', numberOfItems: 35 },
        { type: 'list', items: { text: 'one', items: { text: 'nested' } } },
        { type: 'links', items: { headline: 'Also' } },
        { type: 'embed', url: '/v', image: '/still.jpg' },
      ],
    },
    canonical: {
      headline: 'x',
      body: [
        { type: 'quote', text: 'a', attribution: { name: 'Masood Khan' } },
        {
          type: 'people',
          organization: { name: 'WIPG' },
          items: [{ name: 'Luis Fortuno' }],
          groups: ['economists'],
          host: { name: 'Masood Khan' },
        },
        { type: 'people', numberOfItems: 35, items: [] },
        { type: 'list', items: [{ text: 'one', items: [{ text: 'nested' }] }] },
        { type: 'links', items: [{ headline: 'Also' }] },
        { type: 'embed', url: '/v', image: { url: '/still.jpg' } },
      ],
    },
  },
];

/** Documents the schema accepts but whose URLs the allow-list refuses: dropped at these paths. */
export const unsafeUrlDocuments: { name: string; doc: unknown; paths: string[] }[] = [
  {
    name: 'a javascript: story URL',
    doc: { headline: 'x', url: 'javascript:alert(1)' },
    paths: ['url'],
  },
  {
    name: 'a mailto: URL anywhere but on a person',
    doc: {
      headline: 'x',
      url: 'mailto:desk@example.com',
      author: [{ name: 'A', url: 'mailto:a@example.com' }],
    },
    paths: ['url'],
  },
  {
    name: 'data: and javascript: images',
    doc: {
      headline: 'x',
      image: ['data:image/png;base64,AAAA', { url: ' java\tscript:alert(1)' }],
      publisher: { name: 'P', logo: 'javascript:alert(1)', url: 'vbscript:x' },
    },
    paths: ['image[0]', 'image[1].url', 'publisher.logo', 'publisher.url'],
  },
  {
    name: 'unsafe links in blocks',
    doc: {
      headline: 'x',
      body: [
        { type: 'quote', text: 'a', cite: 'javascript:alert(1)' },
        { type: 'embed', url: 'javascript:alert(1)' },
        { type: 'links', items: [{ headline: 'a', url: 'javascript:alert(1)' }] },
      ],
      related: [{ headline: 'b', url: '&#106;avascript:alert(1)' }],
    },
    paths: ['body[0].cite', 'body[1].url', 'body[2].items[0].url', 'related[0].url'],
  },
];
