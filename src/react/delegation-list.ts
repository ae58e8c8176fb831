/**
 * The React component for `<lede-delegation-list>`, registering that element alone:
 *
 * ```tsx
 * import { DelegationList } from 'lede-elements/react/delegation-list.js';
 * ```
 */
import { LedeDelegationList } from '../components/delegation-list/define.js';
import { createLedeComponent } from './create-lede-component.js';

/** `<lede-delegation-list>`: a group of people with its organization and size. */
export const DelegationList = createLedeComponent(
  'lede-delegation-list',
  LedeDelegationList,
  'DelegationList',
);
