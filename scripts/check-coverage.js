// Enforces the coverage floor for the pure data model: src/model must keep at least 95% of its
// lines and branches covered by the browser tests (read from coverage/lcov.info).
import { readFileSync } from 'node:fs';

const FLOOR = 95;
const SCOPE = 'src/model/';

function totals(lcov) {
  const sum = { lines: [0, 0], branches: [0, 0] };
  let inScope = false;
  for (const line of lcov.split('\n')) {
    if (line.startsWith('SF:')) inScope = line.replaceAll('\\', '/').includes(SCOPE);
    if (!inScope) continue;
    const [key, value] = line.split(':');
    const count = Number(value);
    if (key === 'LF') sum.lines[1] += count;
    if (key === 'LH') sum.lines[0] += count;
    if (key === 'BRF') sum.branches[1] += count;
    if (key === 'BRH') sum.branches[0] += count;
  }
  return sum;
}

let lcov;
try {
  lcov = readFileSync('coverage/lcov.info', 'utf8');
} catch {
  console.error(
    'coverage/lcov.info not found: run the browser tests first (npm run test:browser).',
  );
  process.exit(1);
}

const sum = totals(lcov);
let failed = false;
for (const [kind, [hit, found]] of Object.entries(sum)) {
  const percent = found === 0 ? 100 : (hit / found) * 100;
  const ok = percent >= FLOOR;
  failed ||= !ok;
  console.log(
    `${SCOPE} ${kind}: ${percent.toFixed(2)}% (${hit}/${found}) ${ok ? 'ok' : `below ${FLOOR}%`}`,
  );
}
process.exit(failed ? 1 : 0);
