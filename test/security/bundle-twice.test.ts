/**
 * The CDN bundle loaded twice under Trusted Types. Each copy of Lit creates a policy named
 * `lit-html`; the policy the README gives first allows it once, so the second copy fails to
 * load (the first keeps working). With `'allow-duplicates'`, as the README says for pages that
 * may load Lede twice, both load, one warning names the versions, and nothing is violated.
 * Needs `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { openPage, type PolicyMode } from './matrix/frame.js';
import type { TwicePage } from './twice/page.js';

async function loadTwice(mode: PolicyMode) {
  const opened = await openPage<TwicePage>('twice', mode, 'ledeTwicePage');
  try {
    return await opened.page.run();
  } finally {
    opened.close();
  }
}

const ONE_WARNING = /^lede-elements \S+ was loaded on a page that already has lede-elements \S+/;

describe('the CDN bundle loaded twice under Trusted Types', () => {
  it("with 'allow-duplicates': both copies load, one warning, no violation", async () => {
    const seen = await loadTwice('trusted-types-duplicates');
    expect(seen.failedImports).to.deep.equal([]);
    expect(seen.violations).to.deep.equal([]);
    expect(seen.warnings).to.have.length(1);
    expect(seen.warnings[0]).to.match(ONE_WARNING);
    expect(seen.rendered).to.equal(true);
  });

  it('with `trusted-types lit-html` alone: the second copy fails to load, the first still renders', async () => {
    const seen = await loadTwice('trusted-types');
    expect(seen.failedImports).to.have.length(1);
    expect(seen.failedImports[0]).to.contain('lit-html');
    expect(seen.violations).to.deep.equal(['trusted-types: lit-html']);
    expect(seen.rendered).to.equal(true);
  });
});
