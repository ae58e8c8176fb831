import { expect, fixture, html } from '@open-wc/testing';
import '../../src/lede.js';
import { followPageLanguage } from '../../src/i18n/page-language.js';
import { ledeTargetLocales } from '../../src/i18n/translations.js';
import type { LinksBlock, StatBlock } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/events.js';
import { loadSeedStory } from '../helpers/seed.js';
import { containsWords, englishWordsFor, localeReady, settle, uiText } from './helpers.js';

const story = await loadSeedStory();
const delegation = story.body?.find((block) => block.type === 'people');
// A second delegation on the page needs a name of its own: two identical regions confuse.
const secondDelegation = { ...delegation, title: 'Members of the delegation' };
const untitledLinks: LinksBlock = { type: 'links', items: [{ headline: 'A related story' }] };
const badStat = { type: 'stat', value: 'six thousand' } as unknown as StatBlock;

/** The seed story in every element, plus the states whose words the story does not reach. */
async function renderEverything(): Promise<HTMLElement> {
  // The invalid statistic warns, as it must; its warning is not this test's subject.
  const warnings = captureWarnings();
  const root = await fixture<HTMLElement>(html`
    <div>
      <lede-article .article=${story} heading-level="2"></lede-article>
      <lede-article-card .article=${story} layout="horizontal"></lede-article-card>
      <lede-pull-quote .article=${story} variant="block"></lede-pull-quote>
      <lede-stat-badge .article=${story}></lede-stat-badge>
      <lede-delegation-list .people=${secondDelegation} threshold="1"></lede-delegation-list>
      <lede-related-links .links=${untitledLinks}></lede-related-links>
      <lede-stat-badge .stat=${badStat}></lede-stat-badge>
    </div>
  `);
  await settle(root);
  warnings.stop();
  return root;
}

async function showPageIn(locale: string): Promise<void> {
  document.documentElement.lang = locale;
  await localeReady(locale);
}

/** The words a reader sees on each element, for assertions on what a translation shows. */
function shown(root: HTMLElement, tag: string, selector: string): string {
  const host = root.querySelector(tag);
  const text = host?.shadowRoot?.querySelector(selector)?.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

describe('the elements in each locale', () => {
  before(async () => {
    await followPageLanguage();
  });
  after(async () => {
    await showPageIn('en');
  });

  it('check the English words against the source strings of the translations', async () => {
    await showPageIn('en');
    const root = await renderEverything();
    const text = uiText(root, story, secondDelegation, untitledLinks, badStat).join('\n');
    // The same check that must fail in other languages finds the English words here.
    for (const words of ['min read', 'members', 'named', 'Members include', 'Show all']) {
      expect(containsWords(text, words), words).to.be.true;
    }
  });

  for (const locale of ledeTargetLocales) {
    it(`show no English interface word in ${locale}`, async () => {
      await showPageIn(locale);
      const root = await renderEverything();
      const text = uiText(root, story, secondDelegation, untitledLinks, badStat);
      const english = await englishWordsFor(locale);
      expect(english.length).to.be.greaterThan(20);
      const leaks = english.filter((words) => text.some((piece) => containsWords(piece, words)));
      expect(leaks, `English words in ${locale}: ${text.join(' | ')}`).to.deep.equal([]);
      await expect(root).to.be.accessible();
    });
  }

  it('write each language’s own words, plural forms and punctuation', async () => {
    const expected: Record<string, Record<string, string>> = {
      ur: {
        count: '35 ارکان، جن میں سے 2 کے نام درج ہیں',
        groups: 'ارکان میں شامل',
        qualifier: 'زائد از',
        related: 'یہ بھی پڑھیں',
        toggle: 'تمام 2 دکھائیں',
      },
      ar: {
        count: '35 عضوًا، عدد من ذُكرت أسماؤهم: 2',
        groups: 'من بين الأعضاء',
        qualifier: 'أكثر من',
        related: 'اقرأ أيضًا',
        toggle: 'عرض الكل (2)',
      },
      es: {
        count: '35 miembros, 2 con nombre',
        groups: 'Entre los miembros',
        qualifier: 'más de',
        related: 'Lee también',
        toggle: 'Mostrar los 2',
      },
      fr: {
        count: '35 membres, dont 2 nommés',
        groups: 'Parmi les membres',
        qualifier: 'plus de',
        related: 'À lire aussi',
        toggle: 'Afficher les 2',
      },
      'zh-Hans': {
        count: '35 名成员，其中 2 人具名',
        groups: '成员包括',
        qualifier: '超过',
        related: '延伸阅读',
        toggle: '显示全部（2）',
      },
    };
    for (const [locale, words] of Object.entries(expected)) {
      await showPageIn(locale);
      const root = await renderEverything();
      const seen = {
        count: shown(root, 'lede-delegation-list', '[part=count]'),
        groups: shown(root, 'lede-delegation-list', '[part=groups-label]'),
        qualifier: shown(root, 'lede-stat-badge', '[part=qualifier]'),
        related: shown(root, 'lede-related-links', '[part=title]'),
        toggle: shown(root, 'lede-delegation-list', '[part=toggle]'),
      };
      expect(seen, locale).to.deep.equal(words);
    }
  });

  it('choose the Arabic plural form of each count', async () => {
    await showPageIn('ar');
    const counts: [number, string][] = [
      [1, 'عدد الأعضاء: 1'],
      [2, 'عدد الأعضاء: 2'],
      [3, '3 أعضاء'],
      [11, '11 عضوًا'],
      [35, '35 عضوًا'],
      [100, '100 عضو'],
    ];
    for (const [count, words] of counts) {
      const el = await fixture(
        html`<lede-delegation-list
          .people=${{ type: 'people', numberOfItems: count, items: [] }}
        ></lede-delegation-list>`,
      );
      await settle(el);
      expect(el.shadowRoot?.querySelector('[part=count]')?.textContent?.trim()).to.equal(words);
    }
  });

  it('show the Arabic reading time for a story of 3 minutes, and the Urdu one', async () => {
    const readTime = async () => {
      const el = await fixture(html`<lede-article-card .article=${story}></lede-article-card>`);
      await settle(el);
      return el.shadowRoot?.querySelector('[part=reading-time]')?.textContent?.trim();
    };
    await showPageIn('ar');
    const arabic = await readTime();
    await showPageIn('ur');
    const urdu = await readTime();
    const minutes = /\d+/.exec(urdu ?? '')?.[0];
    expect(urdu).to.equal(`پڑھنے کا وقت: ${minutes} منٹ`);
    expect(arabic).to.match(/^وقت القراءة: \d+ (دقائق|دقيقة)$/);
  });

  it('are translated for every source string in every locale', async () => {
    for (const locale of ledeTargetLocales) {
      const messages = await import('./helpers.js').then(({ readXliff }) => readXliff(locale));
      const untranslated = messages.filter((message) => !message.target).map(({ id }) => id);
      expect(untranslated, locale).to.deep.equal([]);
    }
  });
});
