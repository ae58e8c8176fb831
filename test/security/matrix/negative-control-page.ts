/**
 * The negative control: a page that does what Lede never does — puts a vector into `innerHTML` —
 * so that the test can prove its witnesses see a real execution (or, under a policy, the
 * violation that stopped it).
 */
import { witness } from './canary.js';
import { READY_MESSAGE } from './protocol.js';

export interface ControlPage {
  /** Renders `vector` through innerHTML and reports what the witnesses saw. */
  run(vector: string): Promise<{ executions: number; violations: number; threw: boolean }>;
}

const page: ControlPage = {
  async run(vector) {
    witness.currentCase = 'control';
    const container = document.createElement('div');
    document.body.append(container);
    let threw = false;
    try {
      // The deliberate sink this control exists for: nothing in Lede may do this.
      // eslint-disable-next-line no-restricted-syntax
      container.innerHTML = vector;
    } catch {
      threw = true; // Trusted Types refuse a plain string here.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      executions: witness.executions.get('control') ?? 0,
      violations: witness.violations.length,
      threw,
    };
  },
};

Object.assign(window, { ledeControlPage: page });
parent.postMessage(READY_MESSAGE, '*');
