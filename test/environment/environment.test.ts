/**
 * The environment every test page runs in is the pinned one, whatever the machine: if one of
 * these fails, measured results elsewhere would depend on the machine again.
 */
import { expect } from '@open-wc/testing';
import { PINNED_FACES, PINNED_TOKENS } from './pinned-fonts.js';

describe('the pinned test environment', () => {
  it('lays out in the pinned faces, all loaded, named by the root tokens', () => {
    const loaded = [...document.fonts].filter((face) => face.status === 'loaded');
    for (const { family, files } of PINNED_FACES) {
      expect(loaded.filter((face) => face.family.replace(/"/g, '') === family)).to.have.length(
        files.length,
        family,
      );
    }
    const root = getComputedStyle(document.documentElement);
    for (const [token, value] of Object.entries(PINNED_TOKENS)) {
      expect(root.getPropertyValue(token)).to.equal(value);
    }
    expect(root.textRendering).to.equal('geometricprecision');
  });

  it('measures text in the pinned face, at fractional positions, not in a system face', () => {
    const probe = document.createElement('span');
    probe.textContent = 'More than 6,000 Pakistani vendors';
    probe.style.font = '20px "Lede Test Serif", monospace';
    document.body.append(probe);
    const pinned = probe.getBoundingClientRect().width;
    probe.style.font = '20px monospace';
    const monospace = probe.getBoundingClientRect().width;
    probe.remove();
    // Noto Serif sets this line 330 px wide at 20 px; no monospace face comes near.
    expect(pinned).to.be.closeTo(330.3, 1);
    expect(monospace).not.to.be.closeTo(pinned, 20);
  });

  it('runs in UTC, in US English, at one device pixel per CSS pixel', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('UTC');
    expect(new Date(Date.UTC(2022, 7, 23, 23, 30)).getDate()).to.equal(23);
    expect(navigator.language).to.equal('en-US');
    expect(Intl.NumberFormat().resolvedOptions().locale).to.equal('en-US');
    expect(devicePixelRatio).to.equal(1);
  });

  it('has an 800 × 600 viewport, a light colour scheme and motion allowed', () => {
    expect([innerWidth, innerHeight]).to.deep.equal([800, 600]);
    expect(matchMedia('(prefers-color-scheme: light)').matches).to.be.true;
    expect(matchMedia('(prefers-reduced-motion: no-preference)').matches).to.be.true;
  });
});
