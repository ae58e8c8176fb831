/** Opens a security page in an iframe, under a policy mode, and waits until it is ready. */
import { READY_MESSAGE, type MatrixPage } from './protocol.js';

export type PolicyMode = 'none' | 'strict' | 'trusted-types' | 'trusted-types-duplicates';
export const POLICY_MODES: readonly PolicyMode[] = ['none', 'strict', 'trusted-types'];

export interface OpenedPage<T> {
  frame: HTMLIFrameElement;
  page: T;
  close(): void;
}

export function openPage<T = MatrixPage>(
  kind: 'matrix' | 'control' | 'hostile' | 'twice',
  mode: PolicyMode,
  global = 'ledeSecurityPage',
  query = '',
): Promise<OpenedPage<T>> {
  const frame = document.createElement('iframe');
  frame.src = `/security/${kind}/${mode}${query}`;
  frame.title = `security ${kind} page, ${mode}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${frame.src} never became ready`)), 30_000);
    const ready = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data !== READY_MESSAGE) return;
      clearTimeout(timer);
      window.removeEventListener('message', ready);
      const page = Reflect.get(frame.contentWindow!, global) as T;
      resolve({ frame, page, close: () => frame.remove() });
    };
    window.addEventListener('message', ready);
    document.body.append(frame);
  });
}
