import { expect } from '@open-wc/testing';
import { formatDate, isoDate } from '../../src/format/date.js';
import { formatList } from '../../src/format/list.js';
import { resolveLocale } from '../../src/format/locale.js';
import { formatNumber } from '../../src/format/number.js';
import { pluralCategory } from '../../src/format/plural.js';
import {
  bodyReadingMinutes,
  countWords,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/format/reading-time.js';
import type { Article } from '../../src/model/types.js';

const NOT_A_LOCALE = 'not a locale!';

describe('resolveLocale', () => {
  it('canonicalizes valid tags', () => {
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('EN-us')).to.equal('en-US');
    expect(resolveLocale('zh-hans')).to.equal('zh-Hans');
    expect(resolveLocale(' ur-PK ')).to.equal('ur-PK');
  });

  it('accepts POSIX-style underscores', () => {
    expect(resolveLocale('ur_PK')).to.equal('ur-PK');
  });

  it('falls back for empty, missing or invalid tags', () => {
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale('   ')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
    expect(resolveLocale(NOT_A_LOCALE)).to.equal('en');
    expect(resolveLocale('en-', 'fr')).to.equal('fr');
    expect(resolveLocale(42 as unknown as string)).to.equal('en');
  });
});

describe('formatNumber', () => {
  it('formats in the locale', () => {
    expect(formatNumber(6000, 'en')).to.equal('6,000');
    expect(formatNumber(6000, 'fr')).to.match(/^6\s000$/);
    expect(formatNumber(6000, 'zh-Hans')).to.equal('6,000');
    expect(formatNumber(1234.5, 'es')).to.equal('1234,5');
    expect(formatNumber(6000, 'ar-EG')).to.equal('٦٬٠٠٠');
  });

  it('abbreviates in the compact style, in the locale’s own way', () => {
    expect(formatNumber(220_000_000, 'en', 'compact')).to.equal('220M');
    expect(formatNumber(130_000_000, 'en', 'compact')).to.equal('130M');
    expect(formatNumber(220_000_000, 'zh-Hans', 'compact')).to.equal('2.2亿');
    expect(formatNumber(220_000_000, 'ur', 'compact')).to.contain('کروڑ');
    expect(formatNumber(220_000_000, 'es', 'compact')).to.match(/^220\sM$/);
  });

  it('reuses formatters without mixing styles', () => {
    expect(formatNumber(220_000_000, 'en')).to.equal('220,000,000');
    expect(formatNumber(220_000_000, 'en', 'compact')).to.equal('220M');
    expect(formatNumber(220_000_000, 'en')).to.equal('220,000,000');
  });

  it('returns an empty string for numbers no reader can use', () => {
    expect(formatNumber(Number.NaN, 'en')).to.equal('');
    expect(formatNumber(Infinity, 'en')).to.equal('');
    expect(formatNumber('6000' as unknown as number, 'en')).to.equal('');
  });

  it('falls back to en for an invalid locale', () => {
    expect(formatNumber(6000, NOT_A_LOCALE)).to.equal('6,000');
  });
});

describe('formatDate', () => {
  it('formats a date-only value as that calendar day in every time zone', () => {
    expect(formatDate('2022-08-23', 'en')).to.equal('August 23, 2022');
    expect(formatDate('2022-08-23', 'en', 'long')).to.equal('August 23, 2022');
    expect(formatDate('2022-01-01', 'en', 'long')).to.equal('January 1, 2022');
    expect(formatDate('2022-12-31', 'en', 'long')).to.equal('December 31, 2022');
  });

  it('formats in each style', () => {
    expect(formatDate('2022-08-23', 'en', 'medium')).to.equal('Aug 23, 2022');
    expect(formatDate('2022-08-23', 'en', 'short')).to.equal('8/23/22');
  });

  it('formats in other locales', () => {
    expect(formatDate('2022-08-23', 'es')).to.equal('23 de agosto de 2022');
    expect(formatDate('2022-08-23', 'fr')).to.equal('23 août 2022');
    expect(formatDate('2022-08-23', 'zh-Hans')).to.equal('2022年8月23日');
    expect(formatDate('2022-08-23', 'ur')).to.contain('اگست');
    expect(formatDate('2022-08-23', 'ar')).to.contain('أغسطس');
  });

  it('shows the day written in a date-time, at its own offset', () => {
    expect(formatDate('2022-08-23T23:30:00-04:00', 'en')).to.equal('August 23, 2022');
    expect(formatDate('2022-08-23T00:15+05:00', 'en')).to.equal('August 23, 2022');
    expect(formatDate('2022-08-23T00:15:00.123Z', 'en')).to.equal('August 23, 2022');
    expect(formatDate('2022-08-23 10:00', 'en')).to.equal('August 23, 2022');
    expect(formatDate('2022-08-23T10:00+0500', 'en')).to.equal('August 23, 2022');
  });

  it('formats a year or a year and month to that precision', () => {
    expect(formatDate('2021', 'en')).to.equal('2021');
    expect(formatDate('2022-08', 'en')).to.equal('August 2022');
    expect(formatDate('2022-08', 'en', 'medium')).to.equal('Aug 2022');
    expect(formatDate('2022-08', 'en', 'short')).to.equal('8/2022');
  });

  it('returns undefined for values that are not ISO 8601 dates', () => {
    for (const value of [
      '',
      'yesterday',
      'August 23, 2022',
      '2022/08/23',
      '23-08-2022',
      '2022-02-30',
      '2022-13-01',
      '2022-00-10',
      '2022-08-23T24:00Z',
      '2022-08-23T10:60Z',
      '2022-08-23T10:00:60Z',
      '2022-08-23T10:00+25:00',
      '2022-08-23T10:00+05:60',
      '2022-08-23T',
      42,
      null,
    ]) {
      expect(formatDate(value as string, 'en'), String(value)).to.equal(undefined);
    }
  });

  it('never throws on a bad style or locale', () => {
    expect(formatDate('2022-08-23', 'en', 'bogus' as 'long')).to.equal(undefined);
    expect(formatDate('2022-08-23', NOT_A_LOCALE)).to.equal('August 23, 2022');
  });

  it('handles years before 100 as written', () => {
    expect(formatDate('0050-03-01', 'en')).to.equal('March 1, 50');
  });
});

describe('isoDate', () => {
  it('returns valid values, trimmed, for <time datetime>', () => {
    expect(isoDate('2022-08-23')).to.equal('2022-08-23');
    expect(isoDate(' 2022-08-23T10:00:00Z ')).to.equal('2022-08-23T10:00:00Z');
    expect(isoDate('2022')).to.equal('2022');
  });

  it('returns undefined for anything else', () => {
    expect(isoDate('23 August 2022')).to.equal(undefined);
    expect(isoDate('2022-02-29')).to.equal(undefined);
    expect(isoDate(undefined as unknown as string)).to.equal(undefined);
  });
});

describe('formatList', () => {
  const three = ['economists', 'diplomats', 'lawyers'];

  it('joins with the locale’s "and"', () => {
    expect(formatList(three, 'en')).to.equal('economists, diplomats, and lawyers');
    expect(formatList(three, 'es')).to.equal('economists, diplomats y lawyers');
    expect(formatList(three, 'fr')).to.equal('economists, diplomats et lawyers');
    expect(formatList(three, 'ur')).to.contain('اور');
    expect(formatList(three, 'zh-Hans')).to.equal('economists、diplomats和lawyers');
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).to.equal('أ وب وج');
  });

  it('joins with "or" as a disjunction', () => {
    expect(formatList(three, 'en', 'disjunction')).to.equal('economists, diplomats, or lawyers');
  });

  it('handles short, empty and bad lists', () => {
    expect(formatList(['Masood Khan'], 'en')).to.equal('Masood Khan');
    expect(formatList(['a', 'b'], 'en')).to.equal('a and b');
    expect(formatList([], 'en')).to.equal('');
    expect(formatList(null as unknown as string[], 'en')).to.equal('');
    expect(formatList(['a', 3, 'b'] as unknown as string[], 'en')).to.equal('a and b');
  });

  it('never throws on a bad type or locale', () => {
    expect(formatList(['a', 'b'], 'en', 'bogus' as 'conjunction')).to.equal('a, b');
    expect(formatList(['a', 'b'], NOT_A_LOCALE)).to.equal('a and b');
  });
});

describe('pluralCategory', () => {
  it('follows each locale’s rules', () => {
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(35, 'en')).to.equal('other');
    expect(pluralCategory(1, 'ur')).to.equal('one');
    expect(pluralCategory(2, 'ar')).to.equal('two');
    expect(pluralCategory(3, 'ar')).to.equal('few');
    expect(pluralCategory(11, 'ar')).to.equal('many');
    expect(pluralCategory(0, 'fr')).to.equal('one');
    expect(pluralCategory(1, 'zh-Hans')).to.equal('other');
  });

  it('returns other for values that are not numbers, and falls back to en', () => {
    expect(pluralCategory(Number.NaN, 'en')).to.equal('other');
    expect(pluralCategory(1, NOT_A_LOCALE)).to.equal('one');
  });
});

describe('countWords', () => {
  it('counts words separated by spaces and punctuation', () => {
    expect(countWords('More than 6,000 Pakistani vendors — registered on Amazon.')).to.equal(8);
    expect(countWords("Pakistan's ambassador didn't wait.")).to.equal(4);
    expect(countWords('پاکستان کے سفیر نے کہا')).to.equal(5);
    expect(countWords('قال السفير الباكستاني')).to.equal(3);
  });

  it('counts ideographs and kana one each', () => {
    expect(countWords('巴基斯坦大使')).to.equal(6);
    expect(countWords('Amazon上有6000个卖家')).to.equal(7);
  });

  it('splits scripts written without spaces where Intl.Segmenter can', () => {
    expect(countWords('ภาษาไทยง่ายนิดเดียว')).to.equal(5);
  });

  it('returns 0 for no words', () => {
    expect(countWords('')).to.equal(0);
    expect(countWords(' — … ')).to.equal(0);
    expect(countWords('non\u00a0breaking\u2009spaces ، and « guillemets » ۔')).to.equal(5);
    expect(countWords(undefined as unknown as string)).to.equal(0);
  });

  it('counts without Intl.Segmenter too', () => {
    const { Segmenter } = Intl;
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true });
    try {
      expect(countWords("More than 6,000 vendors didn't wait — 3.5 sellers")).to.equal(8);
      expect(countWords('Amazon上有6000个卖家')).to.equal(7);
      expect(countWords(' — ')).to.equal(0);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: Segmenter, configurable: true });
    }
  });
});

describe('readingMinutes', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

  it('reads paragraphs, headings, quotes and nested list items at 230 words a minute', () => {
    const article: Article = {
      headline: words(1000),
      description: words(1000),
      body: [
        { type: 'paragraph', text: words(100) },
        { type: 'heading', text: words(10) },
        { type: 'quote', html: `<b>${words(50)}</b><script>${words(500)}</script>` },
        {
          type: 'list',
          items: [{ text: words(40), items: [{ html: `<i>${words(31)}</i>` }] }, { text: '' }],
        },
        { type: 'stat', value: 6000, label: words(500) },
        { type: 'people', items: [{ name: words(500) }], groups: [words(500)] },
        { type: 'links', items: [{ headline: words(500) }] },
      ],
    };
    expect(WORDS_PER_MINUTE).to.equal(230);
    expect(readingMinutes(article)).to.equal(2); // 231 words
    article.body?.splice(3, 1, { type: 'list', items: [{ text: words(70) }] });
    expect(readingMinutes(article)).to.equal(1); // 230 words
  });

  it('counts a body as it arrived, only from text held as strings or inline HTML', () => {
    const body: unknown = [
      { type: 'paragraph', text: words(200) },
      { type: 'paragraph', text: 42 },
      { type: 'quote', html: { not: 'html' } },
      { type: 'chart', text: words(500) },
      null,
      'a block that is only a string',
      { type: 'heading', text: words(31) },
    ];
    expect(bodyReadingMinutes(body)).to.equal(2); // 231 words
    expect(bodyReadingMinutes('not a body')).to.equal(0);
  });

  it('gives at least one minute for any words and none for an empty body', () => {
    expect(readingMinutes({ headline: 'x', body: [{ type: 'paragraph', text: 'Hi' }] })).to.equal(
      1,
    );
    expect(readingMinutes({ headline: 'x', body: [] })).to.equal(0);
    expect(readingMinutes({ headline: words(500) })).to.equal(0);
    expect(readingMinutes({ headline: 'x', body: [{ type: 'paragraph', html: '<br>' }] })).to.equal(
      0,
    );
  });

  it('never throws on data that breaks the types', () => {
    const broken = {
      headline: 'x',
      body: [
        null,
        3,
        'text',
        { type: 'paragraph', text: 5 },
        { type: 'list', items: 'no' },
        { type: 'list', items: [null, { text: 'one' }] },
      ],
    } as unknown as Article;
    expect(readingMinutes(broken)).to.equal(1);
    expect(readingMinutes(null as unknown as Article)).to.equal(0);
    expect(readingMinutes({ headline: 'x', body: {} } as unknown as Article)).to.equal(0);
  });

  it('walks a list nested 10,000 levels deep', () => {
    let item: { text: string; items?: unknown[] } = { text: 'deep' };
    for (let level = 0; level < 10_000; level++) item = { text: 'w', items: [item] };
    const article = { headline: 'x', body: [{ type: 'list', items: [item] }] } as Article;
    expect(readingMinutes(article)).to.equal(Math.ceil(10_001 / 230));
  });
});
