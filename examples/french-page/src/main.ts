// A page built from the npm entries that follows its own <html lang>: one line for the
// translations, one for the element.
import 'lede-elements/i18n/follow-page.js';
import 'lede-elements/define/article-card.js';
