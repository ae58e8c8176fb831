/**
 * The React component for `<lede-related-links>`, registering that element alone:
 *
 * ```tsx
 * import { RelatedLinks } from 'lede-elements/react/related-links.js';
 * ```
 */
import { LedeRelatedLinks } from '../components/related-links/define.js';
import { createLedeComponent } from './create-lede-component.js';

/** `<lede-related-links>`: the "Also Read" box. */
export const RelatedLinks = createLedeComponent(
  'lede-related-links',
  LedeRelatedLinks,
  'RelatedLinks',
);
