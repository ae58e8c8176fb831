/**
 * The XSS corpus of the security matrix, by family. Every vector that could run calls
 * `canary()` (or `parent.canary()` from a nested document), which the matrix page counts.
 */
import { dataAndOtherSchemes } from './data-vbscript.js';
import { framesFormsBase } from './frames-forms-base.js';
import { handlersSvgMathml } from './handlers-svg-mathml.js';
import { javascriptUrls } from './javascript-urls.js';
import { markupStructure } from './markup-structure.js';
import { overlong } from './overlong.js';
import { templateInjection } from './template-injection.js';
import { unicodeTricks } from './unicode.js';

export interface Vector {
  family: string;
  value: string;
}

export const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'javascript: URLs': javascriptUrls,
  'data:, vbscript: and other schemes': dataAndOtherSchemes,
  'event handlers, SVG, MathML': handlersSvgMathml,
  'srcdoc, base, meta refresh, forms': framesFormsBase,
  'template and mustache injection': templateInjection,
  'nested and unclosed tags, comments, CDATA': markupStructure,
  'bidi, zero-width and confusables': unicodeTricks,
  'over-long strings': overlong,
};

/** Every vector once, in family order; duplicates across families are kept once. */
export const VECTORS: readonly Vector[] = (() => {
  const seen = new Set<string>();
  const vectors: Vector[] = [];
  for (const [family, values] of Object.entries(FAMILIES)) {
    for (const value of values) {
      if (seen.has(value)) continue;
      seen.add(value);
      vectors.push({ family, value });
    }
  }
  return vectors;
})();
