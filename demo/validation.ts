// Shows whether the seed story validates, with every problem's path when it does not.
import { formatProblem, validateArticle } from '../src/model/validate.js';

const output = document.querySelector<HTMLOutputElement>('#validation');

async function check(): Promise<string> {
  const response = await fetch(new URL('./data/seed-story.json', import.meta.url));
  const result = validateArticle(await response.json());
  if (!result.ok) return `Invalid:\n${result.errors.map(formatProblem).join('\n')}`;
  const blocks = result.value.body ?? [];
  const counts = new Map<string, number>();
  for (const block of blocks) counts.set(block.type, (counts.get(block.type) ?? 0) + 1);
  const summary = [...counts].map(([type, count]) => `${count} ${type}`).join(', ');
  const warnings = result.warnings.length
    ? `, ${result.warnings.length} warnings`
    : ', no warnings';
  return `Valid: “${result.value.headline}” — ${blocks.length} blocks (${summary})${warnings}.`;
}

if (output) {
  check().then(
    (text) => (output.textContent = text),
    (error: unknown) => (output.textContent = `Could not check the data: ${String(error)}`),
  );
}
