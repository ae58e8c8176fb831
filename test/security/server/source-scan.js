// Test-runner commands that read the project's files for the fuzzing tests: every regular
// expression in src/ (found with the TypeScript parser, so none is missed or misread), and the
// JSON fixtures the mutation properties start from, the shared interop documents included.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Real documents in other publishers' formats, beside the project. */
const SHARED_FIXTURES = '../shared/fixtures';

async function filesUnder(directory, extension) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A template's text with each `${…}` replaced by a tag-like word, as the code passes names. */
function templateSource(template) {
  return (
    template.head.text + template.templateSpans.map((span) => `x${span.literal.text}`).join('')
  );
}

/** Every regular expression literal and `new RegExp(…)` built from a literal or template. */
export async function listRegExps() {
  const found = [];
  for (const file of await filesUnder('src', '.ts')) {
    const text = await readFile(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node) =>
      `${relative('.', file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const end = literal.lastIndexOf('/');
        found.push({
          where: where(node),
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      } else if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const flagText = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
        if (pattern && ts.isStringLiteralLike(pattern)) {
          found.push({ where: where(node), source: pattern.text, flags: flagText });
        } else if (pattern && ts.isTemplateExpression(pattern)) {
          found.push({ where: where(node), source: templateSource(pattern), flags: flagText });
        } else {
          // `new RegExp(OTHER.source, …)` copies a literal found on its own line.
          found.push({ where: where(node), copyOf: pattern?.getText() ?? '', flags: flagText });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The JSON fixtures of the project's tests and the demo's stories, as served paths. */
export async function listFixtures() {
  const files = [
    ...(await filesUnder('test/fixtures', '.json')),
    ...(await filesUnder('demo/data', '.json')),
  ];
  // Real documents in other publishers' formats, served in place at /shared-fixtures/.
  const shared = await filesUnder(SHARED_FIXTURES, '.json');
  return [
    ...files.map((file) => `/${relative('.', file)}`),
    ...shared.map((file) => `/shared-fixtures/${relative(SHARED_FIXTURES, file)}`),
  ];
}

export const sourceScan = {
  name: 'security-source-scan',
  async executeCommand({ command }) {
    if (command === 'list-regexps') return listRegExps();
    if (command === 'list-fixtures') return listFixtures();
    return undefined;
  },
};
