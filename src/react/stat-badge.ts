/**
 * The React component for `<lede-stat-badge>`, registering that element alone:
 *
 * ```tsx
 * import { StatBadge } from 'lede-elements/react/stat-badge.js';
 * ```
 */
import { LedeStatBadge } from '../components/stat-badge/define.js';
import { createLedeComponent } from './create-lede-component.js';

/** `<lede-stat-badge>`: a statistic with its qualifier, unit, label and source. */
export const StatBadge = createLedeComponent('lede-stat-badge', LedeStatBadge, 'StatBadge');
