// Writes each TypeScript code block of README.md that imports lede-elements to
// test/types/readme/readme-<n>.tsx (with the seed story as the `./story.json` the snippets
// import), so that `npm run test:types` compiles the README as a user would paste it.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = resolve('test/types/readme');

function writeReadmeSnippets() {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/^```tsx?\n([\s\S]*?)^```/gm)]
    .map((match) => match[1])
    .filter(
      (code) => code.includes("from 'lede-elements") || code.includes("import 'lede-elements"),
    );
  if (blocks.length === 0)
    throw new Error('README.md has no TypeScript block that uses lede-elements');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  blocks.forEach((code, index) => writeFileSync(join(OUT, `readme-${index + 1}.tsx`), code));
  copyFileSync('demo/data/seed-story.json', join(OUT, 'story.json'));
  return blocks.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    `README.md: ${writeReadmeSnippets()} TypeScript blocks written to test/types/readme/.`,
  );
}
