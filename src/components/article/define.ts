import { LedeArticle } from './article.js';
import '../pull-quote/define.js';
import '../stat-badge/define.js';
import '../delegation-list/define.js';
import '../related-links/define.js';

export { LedeArticle };

LedeArticle.define('lede-article');

declare global {
  interface HTMLElementTagNameMap {
    'lede-article': LedeArticle;
  }
}
