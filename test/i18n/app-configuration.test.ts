import { configureLocalization, msg, str } from '@lit/localize';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/lede.js';
import type { LocaleModule } from '@lit/localize';
import { followPageLanguage } from '../../src/i18n/page-language.js';
import { loadLedeLocale, withLedeTranslations } from '../../src/i18n/translations.js';
import type { PeopleBlock } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/events.js';
import { settle } from './helpers.js';

// The application's own translations, as its own lit-localize build would generate them.
const APPLICATION_TEMPLATES: Record<string, LocaleModule> = {
  'fr-CA': {
    templates: {
      'app-greeting': 'Bonjour',
      // An application may reword one of Lede's messages: its own wins.
      'lede-delegation-members-other': str`Délégation de ${0} personnes`,
    },
  },
  ar: { templates: { 'app-greeting': 'مرحبًا' } },
};

const loaded: string[] = [];
const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr-CA', 'ar'],
  loadLocale: withLedeTranslations(async (locale) => {
    loaded.push(locale);
    return APPLICATION_TEMPLATES[locale] ?? { templates: {} };
  }),
});

const group = (count: number): PeopleBlock => ({ type: 'people', numberOfItems: count, items: [] });
const countOf = async (count: number) => {
  const el = await fixture(
    html`<lede-delegation-list .people=${group(count)}></lede-delegation-list>`,
  );
  await settle(el);
  return el.shadowRoot?.querySelector('[part=count]')?.textContent?.trim();
};

describe('an application that configures localization itself', () => {
  after(() => setLocale('en'));

  it('gets Lede’s translations merged into its own, its own winning', async () => {
    await setLocale('fr-CA');
    expect(msg('Hello', { id: 'app-greeting' })).to.equal('Bonjour');
    expect(await countOf(35)).to.equal('Délégation de 35 personnes');
    expect(await countOf(1)).to.equal('1 membre');
    expect(loaded).to.deep.equal(['fr-CA']);
  });

  it('has plural forms chosen in the language it set, whatever the story’s', async () => {
    await setLocale('ar');
    expect(msg('Hello', { id: 'app-greeting' })).to.equal('مرحبًا');
    expect(await countOf(3)).to.equal('3 أعضاء');
    expect(await countOf(11)).to.equal('11 عضوًا');
  });

  it('keeps its configuration: Lede’s follower only warns', async () => {
    const warnings = captureWarnings();
    await followPageLanguage();
    warnings.stop();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('withLedeTranslations');
  });

  it('can load one of Lede’s translations by any tag of its language', async () => {
    const urdu = await loadLedeLocale('ur-PK');
    expect(Object.keys(urdu.templates)).to.include('lede-reading-time-other');
    expect((await loadLedeLocale('de')).templates).to.deep.equal({});
    expect((await loadLedeLocale('en-US')).templates).to.deep.equal({});
  });
});
