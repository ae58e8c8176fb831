import { LedeStatBadge } from './stat-badge.js';

export { LedeStatBadge };

LedeStatBadge.define('lede-stat-badge');

declare global {
  interface HTMLElementTagNameMap {
    'lede-stat-badge': LedeStatBadge;
  }
}
