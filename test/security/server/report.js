// A test-runner command that writes a generated section of docs/security.md: the matrix counts,
// the fuzzing runs and the fault table are produced by the tests that measure them.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as prettier from 'prettier';

const REPORT = resolve('docs/security.md');

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function replaceSection(document, name, markdown) {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/security.md has no section "${name}"`);
  return `${document.slice(0, from + start.length)}\n\n${markdown.trim()}\n\n${document.slice(to)}`;
}

export const securityReport = {
  name: 'security-report',
  async executeCommand({ command, payload }) {
    if (command !== 'write-security-section') return undefined;
    const { name, markdown } = payload;
    const current = await readFile(REPORT, 'utf8');
    const options = (await prettier.resolveConfig(REPORT)) ?? {};
    const next = await prettier.format(replaceSection(current, name, markdown), {
      ...options,
      filepath: REPORT,
    });
    if (next !== current) await writeFile(REPORT, next);
    return true;
  },
};
