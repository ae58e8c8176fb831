/**
 * Hostile globals: a page that sets `Object.prototype.html`, `.href`, `.url`, `.src` and `.cite`
 * to script before Lede loads, and a page whose Array.prototype methods are noisy wrappers with
 * an enumerable extra property, render the seed story in every element exactly as a clean page
 * does (the same elements, attributes and text, shadow trees included), with no execution. Each
 * under the Trusted Types policy too.
 */
import { expect } from '@open-wc/testing';
import { openPage, type PolicyMode } from './matrix/frame.js';
import type { HostilePage } from './hostile/page.js';

const seedStory = await (await fetch('/demo/data/seed-story.json')).text();

async function render(hostile: 'none' | 'object' | 'array', mode: PolicyMode) {
  const opened = await openPage<HostilePage>(
    'hostile',
    mode,
    'ledeHostilePage',
    `?hostile=${hostile}`,
  );
  try {
    return await opened.page.render(seedStory);
  } finally {
    opened.close();
  }
}

for (const mode of ['none', 'trusted-types'] as const) {
  describe(`hostile globals, policy "${mode}"`, () => {
    let clean: Awaited<ReturnType<typeof render>>;
    before(async () => {
      clean = await render('none', mode);
    });

    it('the clean page renders the seed story', () => {
      expect(clean.snapshot.join('\n')).to.contain('WIPG');
      expect(clean.snapshot.length).to.be.greaterThan(200);
      expect(clean.executions).to.equal(0);
    });

    it('Object.prototype set to script changes nothing and runs nothing', async () => {
      const polluted = await render('object', mode);
      expect(polluted.executions).to.equal(0);
      expect(polluted.snapshot).to.deep.equal(clean.snapshot);
    });

    it('noisy Array.prototype methods change nothing and run nothing', async () => {
      const noisy = await render('array', mode);
      expect(noisy.noise, 'the wrappers were called').to.be.greaterThan(0);
      expect(noisy.executions).to.equal(0);
      expect(noisy.snapshot).to.deep.equal(clean.snapshot);
    });
  });
}
