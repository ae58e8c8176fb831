/**
 * The CDN bundle loaded twice on a page with a policy: the same file under two addresses, each a
 * module of its own with its own copy of Lit. Reports what failed to load, the warnings logged,
 * the policy violations, and whether the elements still render.
 */
import { witness } from '../matrix/canary.js';
import { READY_MESSAGE } from '../matrix/protocol.js';

export interface TwicePage {
  run(): Promise<{
    failedImports: string[];
    warnings: string[];
    violations: string[];
    rendered: boolean;
  }>;
}

const page: TwicePage = {
  async run() {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const failedImports: string[] = [];
    try {
      for (const url of ['/dist/cdn/lede.js', '/dist/cdn/lede.js?copy=second']) {
        await import(url).catch((error: unknown) => failedImports.push(String(error)));
      }
    } finally {
      console.warn = warn;
    }
    const badge = document.createElement('lede-stat-badge');
    badge.setAttribute('value', '6000');
    badge.setAttribute('label', 'Pakistani sellers registered on Amazon');
    document.body.append(badge);
    await (badge as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    // Violation events are dispatched as a task of their own.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      failedImports,
      warnings,
      violations: witness.violations.map((v) => `${v.directive}: ${v.sample}`),
      rendered: !!badge.shadowRoot?.textContent?.includes('Pakistani sellers'),
    };
  },
};

Object.assign(window, { ledeTwicePage: page });
parent.postMessage(READY_MESSAGE, '*');
