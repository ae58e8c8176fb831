/**
 * The React component for `<lede-pull-quote>`, registering that element alone:
 *
 * ```tsx
 * import { PullQuote } from 'lede-elements/react/pull-quote.js';
 * ```
 */
import { LedePullQuote } from '../components/pull-quote/define.js';
import { createLedeComponent } from './create-lede-component.js';

/** `<lede-pull-quote>`: a quotation with its attribution and source. */
export const PullQuote = createLedeComponent('lede-pull-quote', LedePullQuote, 'PullQuote');
