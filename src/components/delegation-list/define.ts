import { LedeDelegationList } from './delegation-list.js';

export { LedeDelegationList };

LedeDelegationList.define('lede-delegation-list');

declare global {
  interface HTMLElementTagNameMap {
    'lede-delegation-list': LedeDelegationList;
  }
}
