/** Plural categories for the elements' own messages. */
import { messageLocale } from '../core/locale.js';
import { pluralCategory } from '../format/plural.js';

/**
 * The CLDR plural category of `count` in the language the messages are shown in, which picks
 * the message id (`…-one`, `…-few`, …) a translation inflects. The number itself is still
 * formatted in the element's own language; the category follows the words around it, so an
 * Arabic page says "٣ أعضاء" (`few`) even about an English story.
 */
export function messagePlural(count: number): Intl.LDMLPluralRule {
  return pluralCategory(count, messageLocale());
}
