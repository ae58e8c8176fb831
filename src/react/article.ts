/**
 * The React component for `<lede-article>`, registering it and the four
 * elements a story is made of (pull quote, stat badge, delegation list, related links):
 *
 * ```tsx
 * import { FullArticle } from 'lede-elements/react/article.js';
 * ```
 */
import { LedeArticle } from '../components/article/define.js';
import { createLedeComponent } from './create-lede-component.js';

/** `<lede-article>`: the whole story. Named `FullArticle` so as not to clash with the `Article` type. */
export const FullArticle = createLedeComponent('lede-article', LedeArticle, 'FullArticle');
