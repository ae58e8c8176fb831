import { LedeArticleCard } from './article-card.js';

export { LedeArticleCard };

LedeArticleCard.define('lede-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'lede-article-card': LedeArticleCard;
  }
}
