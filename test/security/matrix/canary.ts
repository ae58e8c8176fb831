/**
 * The matrix page's witnesses, installed before anything else runs on it: a canary that every
 * vector calls when it runs (alert, confirm and prompt count too), a listener for
 * Content-Security-Policy violations, and the page's own error handlers.
 */

export interface Witness {
  /** Executions, by the id of the case being rendered when they happened. */
  executions: Map<string, number>;
  violations: { caseId: string; directive: string; blocked: string; sample: string }[];
  pageErrors: { caseId: string; message: string }[];
  /** The case being rendered; executions and violations are counted against it. */
  currentCase: string;
}

export const witness: Witness = {
  executions: new Map(),
  violations: [],
  pageErrors: [],
  currentCase: 'page',
};

const count = () => {
  const id = witness.currentCase;
  witness.executions.set(id, (witness.executions.get(id) ?? 0) + 1);
};

declare global {
  interface Window {
    canary: () => void;
  }
}

window.canary = count;
window.alert = count;
window.confirm = () => (count(), false);
window.prompt = () => (count(), null);

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    witness.violations.push({
      caseId: witness.currentCase,
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
    });
  },
  true,
);

window.addEventListener('error', (event) => {
  witness.pageErrors.push({ caseId: witness.currentCase, message: String(event.message) });
});
window.addEventListener('unhandledrejection', (event) => {
  witness.pageErrors.push({ caseId: witness.currentCase, message: String(event.reason) });
});
