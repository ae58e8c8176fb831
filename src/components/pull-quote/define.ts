import { LedePullQuote } from './pull-quote.js';

export { LedePullQuote };

LedePullQuote.define('lede-pull-quote');

declare global {
  interface HTMLElementTagNameMap {
    'lede-pull-quote': LedePullQuote;
  }
}
