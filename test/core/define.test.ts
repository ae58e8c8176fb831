import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { captureWarnings } from '../helpers/events.js';

class First extends HTMLElement {
  static readonly version = '1.0.0';
}
class Taken extends HTMLElement {
  static readonly version = '1.0.0';
}
class Second extends HTMLElement {
  static readonly version = '2.0.0';
}
class Third extends HTMLElement {
  static readonly version = '1.0.0';
}
class Fourth extends HTMLElement {
  static readonly version = '2.0.0';
}

describe('defineElement', () => {
  it('registers a free tag', () => {
    defineElement('lede-test-free', First);
    expect(customElements.get('lede-test-free')).to.equal(First);
  });

  it('keeps the first registration and warns once, naming both versions', () => {
    const warnings = captureWarnings();
    try {
      defineElement('lede-test-taken', Taken);
      expect(() => defineElement('lede-test-taken', Second)).not.to.throw();
      defineElement('lede-test-taken-too', Third);
      defineElement('lede-test-taken-too', Fourth);
      defineElement('lede-test-taken', Taken);
    } finally {
      warnings.stop();
    }
    expect(customElements.get('lede-test-taken')).to.equal(Taken);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('2.0.0').and.to.contain('1.0.0');
  });
});
