/**
 * The elements' words on the server, one language per render rather than one per process:
 * `@lit/localize` is configured in its reentrant mode, which asks for the locale each time a
 * message is translated. The locale is the one of the render under way (see
 * core/server-render.ts), and a render is synchronous, so two renders in different languages
 * cannot interleave.
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { serverRender } from '../core/server-render.js';
import {
  ledeSourceLocale,
  ledeTargetLocales,
  loadLedeLocale,
  matchLedeLocale,
} from '../i18n/translations.js';

const loaded = new Map<string, LocaleModule>();
let configured: 'lede' | 'elsewhere' | undefined;

/** Configures `@lit/localize` for server renders, once; false when the process already had. */
function configure(): boolean {
  if (configured) return configured === 'lede';
  try {
    configureReentrantLocalization({
      sourceLocale: ledeSourceLocale,
      targetLocales: [...ledeTargetLocales],
      getLocale: () => serverRender()?.messageLocale ?? ledeSourceLocale,
      loadLocaleSync: (locale) => loaded.get(locale),
    });
    configured = 'lede';
  } catch {
    configured = 'elsewhere';
    console.warn(
      'lede-elements/server: @lit/localize is already configured in this process, so the ' +
        'elements’ words follow that configuration, not the `lang` of each render.',
    );
  }
  return configured === 'lede';
}

/**
 * Loads Lede's translation for `lang` and returns the locale the elements' words will be in:
 * the matching Lede locale (`ur-PK` → `ur`), or `en` when Lede has no translation for it or
 * the process configured `@lit/localize` itself.
 */
export async function prepareLocale(lang: string): Promise<string> {
  const locale = matchLedeLocale(lang);
  if (!configure()) return ledeSourceLocale;
  if (locale !== ledeSourceLocale && !loaded.has(locale)) {
    loaded.set(locale, await loadLedeLocale(locale));
  }
  return locale;
}
