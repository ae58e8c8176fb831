/**
 * The negative control of the security matrix: a vector rendered through innerHTML must be seen
 * by the same witnesses — an execution without a policy, a violation (and no execution) under
 * the strict policy and under Trusted Types. A harness that saw nothing here would prove nothing.
 */
import { expect } from '@open-wc/testing';
import { openPage } from './matrix/frame.js';
import type { ControlPage } from './matrix/negative-control-page.js';

const VECTOR = '<img src="/no-such-image.png" onerror="canary()">';

async function control(mode: 'none' | 'strict' | 'trusted-types') {
  const opened = await openPage<ControlPage>('control', mode, 'ledeControlPage');
  try {
    return await opened.page.run(VECTOR);
  } finally {
    opened.close();
  }
}

describe('security matrix negative control', () => {
  it('registers the execution of a vector put into innerHTML with no policy', async () => {
    expect(await control('none')).to.deep.equal({ executions: 1, violations: 0, threw: false });
  });

  it('registers the violation that stops it under the strict policy', async () => {
    const seen = await control('strict');
    expect(seen.executions).to.equal(0);
    expect(seen.violations).to.be.greaterThan(0);
  });

  it('registers the violation that stops it under Trusted Types', async () => {
    expect(await control('trusted-types')).to.deep.equal({
      executions: 0,
      violations: 1,
      threw: true,
    });
  });
});
