import { LedeRelatedLinks } from './related-links.js';

export { LedeRelatedLinks };

LedeRelatedLinks.define('lede-related-links');

declare global {
  interface HTMLElementTagNameMap {
    'lede-related-links': LedeRelatedLinks;
  }
}
