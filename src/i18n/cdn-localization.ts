/**
 * The CDN build's localization: its own copy of `@lit/localize`, configured by Lede, following
 * the page's `<html lang>`. The npm build never imports this module, so it leaves the one
 * configuration a page may make to the application (see `withLedeTranslations`).
 */
import { followPageLanguage } from './page-language.js';

if (typeof document !== 'undefined') void followPageLanguage();
