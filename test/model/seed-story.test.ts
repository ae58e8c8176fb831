import { expect } from '@open-wc/testing';
import type {
  Article,
  Block,
  LinksBlock,
  ParagraphBlock,
  PeopleBlock,
  QuoteBlock,
  StatBlock,
} from '../../src/model/types.js';
import { validateArticle } from '../../src/model/validate.js';

// Fetched rather than imported: esbuild drops the `with { type: 'json' }` attribute at target
// es2022, and Chromium refuses a JSON module without it.
const response = await fetch(new URL('../../demo/data/seed-story.json', import.meta.url));
const story: unknown = await response.json();
const article: Article = story as Article;
const body: Block[] = article.body ?? [];

const AMBASSADOR = 'Pakistan’s Ambassador to the United States';

const paragraphs = body.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const quotes = body.filter((b): b is QuoteBlock => b.type === 'quote');
const stats = body.filter((b): b is StatBlock => b.type === 'stat');
const peopleBlocks = body.filter((b): b is PeopleBlock => b.type === 'people');
const linkBlocks = body.filter((b): b is LinksBlock => b.type === 'links');

function blockById<T extends Block>(id: string): T {
  const found = body.find((b) => b.id === id);
  expect(found, `no block with id "${id}"`).to.not.equal(undefined);
  return found as T;
}

/** The text of the paragraph that comes right before the block with this id. */
function paragraphBefore(id: string, skip = 0): string {
  const index = body.findIndex((b) => b.id === id);
  let cursor = index - 1;
  let passed = 0;
  while (cursor >= 0) {
    const candidate = body[cursor]!;
    if (candidate.type === 'paragraph') {
      if (passed === skip) return candidate.text ?? '';
      passed += 1;
    } else if (candidate.type === 'links') {
      break;
    }
    cursor -= 1;
  }
  throw new Error(`no paragraph before "${id}"`);
}

/** Opening and closing of every paragraph of the story, in order (the Also Read lines are not paragraphs). */
const EXPECTED_PARAGRAPHS: [opening: string, closing: string][] = [
  ['More than 6,000 vendors from Pakistan', 'opened seller registration for the nation.'],
  [
    'This was shared by Masood Khan, Pakistan’s Ambassador',
    'online business exposure to the country.”',
  ],
  ['Along these lines, Ambassador Masood', 'with a promise of huge expansion.”'],
  ['He predicted that with improved networking', 'will increase tremendously.'],
  [
    'He was speaking to the 35-person Washington Intergovernmental Professional Group (WIPG)',
    'met with him at the Embassy, yesterday.',
  ],
  ['Professionals can benefit from WIPG’s assistance', 'to a range of stakeholders.'],
  ['Additionally, it helps businesses', 'to meet their objectives.'],
  [
    'Former governor of Puerto Rico; Luis Fortuno, President of WIPG; Nelson Garcia, economists',
    'legal professionals, and diplomats made up the delegation.',
  ],
  ['Better collaboration between Pak-US professionals', 'win-win solutions for the two nations.'],
  [
    'Such collaboration will also support the expanding demands of the US economy. “In the past',
    'tackling security issues in the region.',
  ],
  [
    'These decades of lost economic',
    'commercial activities”, the Pakistani Ambassador emphasized.',
  ],
  [
    'Masood Khan further stated that Pakistan, with a population of 220 million people',
    'the Middle East, and North America.',
  ],
  [
    'Pakistan also has 130 million youth under the age of 30, 110 million mobile broadband',
    'a tech-savvy young human capital.',
  ],
  [
    'The Ambassador went on to point out that Pakistan’s tech sector',
    'over the previous few months.',
  ],
  ['In the same vein, Ambassador Masood claimed', 'and most crucially, between individuals.'],
  [
    'He asserted that the strongest and most durable link tying the two nations’ populations',
    'green and renewable energy, and agriculture.',
  ],
  [
    'The Ambassador congratulated the Washington-based organization',
    'Pakistan had a rising pool of skilled workers.',
  ],
  [
    'Lastly, the Ambassador addressed the attendees’ inquiries',
    'notably rice, and the regional security situation.',
  ],
];

describe('seed story data', () => {
  it('validates with no errors and no warnings', () => {
    const result = validateArticle(story);
    const listProblems = (problems: { path: string; message: string }[]) =>
      problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    expect(result.ok, result.ok ? '' : listProblems(result.errors)).to.equal(true);
    expect(result.warnings, listProblems(result.warnings)).to.have.length(0);
  });

  describe('header', () => {
    it('has a headline drawn from the lede', () => {
      expect(article.headline).to.be.a('string');
      expect(article.headline).to.contain('6,000');
      expect(article.headline).to.contain('Amazon');
    });

    it('has a one-sentence dek', () => {
      expect(article.description).to.be.a('string').with.length.above(0);
    });

    it('is datelined Washington DC, 23 August 2022, from TDI, in English', () => {
      expect(article.dateline).to.equal('Washington DC');
      expect(article.datePublished).to.equal('2022-08-23');
      expect(article.sourceOrganization).to.deep.equal({ name: 'TDI' });
      expect(article.inLanguage).to.equal('en');
    });

    it('points its $schema at the shipped schema', () => {
      expect((story as { $schema?: string }).$schema).to.equal(
        '../../src/model/article.schema.json',
      );
    });
  });

  describe('paragraphs', () => {
    it('keeps every paragraph of the story, in order', () => {
      expect(paragraphs.map((p) => p.text?.slice(0, 40))).to.have.length(
        EXPECTED_PARAGRAPHS.length,
      );
      EXPECTED_PARAGRAPHS.forEach(([opening, closing], i) => {
        const text = paragraphs[i]?.text ?? '';
        expect(
          text.startsWith(opening),
          `paragraph ${i + 1} opens "${text.slice(0, 60)}"`,
        ).to.equal(true);
        expect(text.endsWith(closing), `paragraph ${i + 1} closes "${text.slice(-60)}"`).to.equal(
          true,
        );
      });
    });

    it('starts the lede after the dateline prefix', () => {
      expect(paragraphs[0]?.text).not.to.contain('Washington DC');
      expect(paragraphs[0]?.text).not.to.contain('(TDI)');
    });

    it('keeps the typographic apostrophes and quotation marks', () => {
      const all = paragraphs.map((p) => p.text ?? '').join('\n');
      expect(all).not.to.match(/['"]/);
      expect(all.match(/’/g)).to.have.length(5);
      expect(all.match(/“/g)).to.have.length(3);
      expect(all.match(/”/g)).to.have.length(3);
    });

    it('uses plain text, not markup', () => {
      for (const p of paragraphs) expect(p.html).to.equal(undefined);
    });
  });

  describe('quotes', () => {
    const expected: Record<string, string> = {
      'quote-breakthrough':
        'This was a significant breakthrough for Pakistan providing much-needed international online business exposure to the country.',
      'quote-expansion':
        'according to Amazon, these sellers have done good, steady business over the past few months. This is just a beginning, with a promise of huge expansion.',
      'quote-two-decades':
        'In the past two decades, the two countries remained focused on tackling security issues in the region. These decades of lost economic and business opportunities for Pakistan need to be substituted with massive investment and commercial activities',
    };

    it('has exactly the three quotations of the story, in order', () => {
      expect(quotes.map((q) => q.id)).to.deep.equal(Object.keys(expected));
    });

    for (const [id, text] of Object.entries(expected)) {
      it(`${id} is verbatim, attributed to the ambassador, and a pull quote`, () => {
        const quote = blockById<QuoteBlock>(id);
        expect(quote.text).to.equal(text);
        expect(quote.variant).to.equal('pull');
        expect(quote.attribution?.name).to.equal('Masood Khan');
        expect(quote.attribution?.jobTitle).to.equal(AMBASSADOR);
      });
    }

    it('places each quote right after the paragraph that contains it', () => {
      expect(paragraphBefore('quote-breakthrough')).to.contain(
        `“${expected['quote-breakthrough']}”`,
      );
      expect(paragraphBefore('quote-expansion')).to.contain(`“${expected['quote-expansion']}”`);
      const spanned = `${paragraphBefore('quote-two-decades', 1)} ${paragraphBefore('quote-two-decades')}`;
      expect(spanned).to.contain(`“${expected['quote-two-decades']}”`);
    });
  });

  describe('statistics', () => {
    it('has the four figures of the story, in order', () => {
      expect(stats.map((s) => s.id)).to.deep.equal([
        'stat-amazon-vendors',
        'stat-population',
        'stat-youth',
        'stat-mobile-broadband',
      ]);
    });

    it('more than 6,000 Pakistani vendors registered on Amazon last year, per the ambassador', () => {
      const stat = blockById<StatBlock>('stat-amazon-vendors');
      expect(stat.value).to.equal(6000);
      expect(stat.display).to.equal('6,000');
      expect(stat.qualifier).to.equal('more-than');
      expect(stat.unitText).to.equal('vendors');
      expect(stat.label).to.contain('Pakistani').and.contain('Amazon');
      expect(stat.date).to.equal('2021');
      expect(stat.source).to.contain('Masood Khan');
      expect(paragraphBefore('stat-amazon-vendors')).to.contain('More than 6,000 vendors');
    });

    it('a population of 220 million people', () => {
      const stat = blockById<StatBlock>('stat-population');
      expect(stat.value).to.equal(220_000_000);
      expect(stat.display).to.equal('220 million');
      expect(stat.qualifier).to.equal(undefined);
      expect(stat.unitText).to.equal('people');
      expect(stat.label).to.equal('Population of Pakistan');
      expect(stat.source).to.contain('Masood Khan');
      expect(paragraphBefore('stat-population')).to.contain('population of 220 million people');
    });

    it('130 million youth under the age of 30', () => {
      const stat = blockById<StatBlock>('stat-youth');
      expect(stat.value).to.equal(130_000_000);
      expect(stat.display).to.equal('130 million');
      expect(stat.qualifier).to.equal(undefined);
      expect(stat.label).to.equal('Young people under the age of 30');
      expect(paragraphBefore('stat-youth')).to.contain('130 million youth under the age of 30');
    });

    it('110 million mobile broadband subscribers', () => {
      const stat = blockById<StatBlock>('stat-mobile-broadband');
      expect(stat.value).to.equal(110_000_000);
      expect(stat.display).to.equal('110 million');
      expect(stat.qualifier).to.equal(undefined);
      expect(stat.label).to.equal('Mobile broadband subscribers');
      expect(paragraphBefore('stat-mobile-broadband')).to.contain(
        '110 million mobile broadband subscribers',
      );
    });

    it('stores every value as a number', () => {
      for (const stat of stats) expect(stat.value, stat.id).to.be.a('number');
    });
  });

  describe('delegation', () => {
    it('is one people block after the paragraph that lists its members', () => {
      expect(peopleBlocks).to.have.length(1);
      expect(paragraphBefore('delegation')).to.match(/^Former governor of Puerto Rico; Luis/);
    });

    it('is the 35-person WIPG group, two of them named', () => {
      const delegation = blockById<PeopleBlock>('delegation');
      expect(delegation.organization).to.deep.equal({
        name: 'Washington Intergovernmental Professional Group',
        alternateName: 'WIPG',
      });
      expect(delegation.numberOfItems).to.equal(35);
      expect(delegation.items).to.have.length(2);
    });

    it('gives each named member the role that comes before the name', () => {
      const [fortuno, garcia] = blockById<PeopleBlock>('delegation').items;
      expect(fortuno?.name).to.equal('Luis Fortuno');
      expect(fortuno?.jobTitle).to.equal('Former Governor of Puerto Rico');
      expect(fortuno?.affiliation).to.equal(undefined);
      expect(garcia?.name).to.equal('Nelson Garcia');
      expect(garcia?.jobTitle).to.match(/^President( of WIPG)?$/);
      expect(garcia?.affiliation?.alternateName).to.equal('WIPG');
    });

    it('lists exactly the seven kinds of professionals', () => {
      expect(blockById<PeopleBlock>('delegation').groups).to.deep.equal([
        'economists',
        'government officials',
        'company presidents & CEOs',
        'business owners',
        'investment fund managers',
        'legal professionals',
        'diplomats',
      ]);
    });

    it('was hosted by the ambassador at the Embassy', () => {
      const delegation = blockById<PeopleBlock>('delegation');
      expect(delegation.host).to.deep.equal({ name: 'Masood Khan', jobTitle: AMBASSADOR });
      expect(delegation.occasion).to.contain('Embassy');
    });
  });

  describe('Also Read', () => {
    it('has the two lines as links blocks with their headlines verbatim and no URL', () => {
      expect(linkBlocks.map((b) => b.title)).to.deep.equal(['Also Read', 'Also Read']);
      expect(linkBlocks.map((b) => b.items.map((item) => item.headline))).to.deep.equal([
        ['US, Pakistan to strengthen cooperation on SDGs'],
        ['Pakistan’s Ambassador to US meets World Bank Officials'],
      ]);
      for (const block of linkBlocks) {
        for (const item of block.items) expect(item.url).to.equal(undefined);
      }
    });

    it('keeps each line at its place in the story', () => {
      const [first, second] = linkBlocks;
      expect(body[body.indexOf(first!) - 1]).to.include({ type: 'paragraph' });
      expect((body[body.indexOf(first!) - 1] as ParagraphBlock).text).to.match(
        /^Professionals can benefit/,
      );
      expect((body[body.indexOf(first!) + 1] as ParagraphBlock).text).to.match(/^Additionally/);
      expect((body[body.indexOf(second!) - 1] as StatBlock).id).to.equal('stat-population');
      expect((body[body.indexOf(second!) + 1] as ParagraphBlock).text).to.match(
        /^Pakistan also has/,
      );
    });
  });

  describe('blocks', () => {
    it('counts 18 paragraphs, 3 quotes, 4 stats, 1 people, 2 links', () => {
      const counts: Record<string, number> = {};
      for (const block of body) counts[block.type] = (counts[block.type] ?? 0) + 1;
      expect(counts).to.deep.equal({ paragraph: 18, quote: 3, stat: 4, people: 1, links: 2 });
    });

    it('gives every block a unique id', () => {
      const ids = body.map((b) => b.id);
      for (const id of ids) expect(id).to.be.a('string').with.length.above(0);
      expect(new Set(ids).size).to.equal(ids.length);
    });
  });
});
