/**
 * The `lede` command: `lede render story.json --element lede-article --lang ur > story.html`.
 * Reads a story from a file, standard input (`-` or nothing) or a URL, renders it with
 * {@link renderArticle} and writes the HTML to standard output; `--page` writes a whole page.
 * An unusable story exits with status 1 and its problems on standard error; a wrong command
 * line exits with status 2.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { languageDirection } from '../core/locale.js';
import { standalonePage } from './html.js';
import {
  LEDE_ELEMENTS,
  LedeRenderError,
  renderArticle,
  type LedeElementName,
  type RenderOptions,
} from './render.js';

const USAGE = `Usage: lede render [story.json | - | https://…] [options]

Renders a story (a Lede article, schema.org JSON-LD, Arc XP ANS, IPTC ninjs or Apple News
Format) to HTML with declarative shadow DOM, on standard output.

Options:
  --element <name>     ${LEDE_ELEMENTS.join(', ')} (default lede-article)
  --lang <tag>         language of the page (default en)
  --dir <ltr|rtl>      writing direction (default: that of --lang)
  --theme <light|dark> colour set (default: the reader's preference)
  --layout <name>      card layout: vertical, horizontal, compact, hero
  --block-id <id>      the block to show, by id
  --index <n>          the block to show, by position among its type (from 0)
  --heading-level <n>  level of the element's heading
  --emit-jsonld        write schema.org JSON-LD inside the article
  --assets <url>       where lede.css and lede-hydrate.js are (ending with /)
  --page               write a complete HTML page
  --help               show this text`;

/** Thrown for a wrong command line: exit status 2. */
class UsageError extends Error {}

/** Runs the command with `args` (without `node` and the script); resolves to the exit status. */
export async function main(
  args: string[],
  io: {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    stdin: () => Promise<string>;
  },
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        lang: { type: 'string' },
        dir: { type: 'string' },
        theme: { type: 'string' },
        layout: { type: 'string' },
        'block-id': { type: 'string' },
        index: { type: 'string' },
        'heading-level': { type: 'string' },
        'emit-jsonld': { type: 'boolean' },
        assets: { type: 'string' },
        page: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const [command, source = '-', ...rest] = positionals;
    if (command !== 'render' || rest.length) throw new UsageError('expected: lede render <story>');
    const element = values.element ?? 'lede-article';
    if (!LEDE_ELEMENTS.includes(element as LedeElementName)) {
      throw new UsageError(`--element must be one of ${LEDE_ELEMENTS.join(', ')}`);
    }
    const options: RenderOptions = {
      element: element as LedeElementName,
      lang: values.lang,
      dir: oneOf(values.dir, ['ltr', 'rtl'], '--dir'),
      theme: oneOf(values.theme, ['light', 'dark'], '--theme'),
      layout: values.layout,
      blockId: values['block-id'],
      index: whole(values.index, '--index'),
      headingLevel: whole(values['heading-level'], '--heading-level'),
      emitJsonld: values['emit-jsonld'],
      assets: values.assets,
    };
    const document = parseJson(await readSource(source, io.stdin), source);
    const { html, head, article } = await renderArticle(document, options);
    if (!values.page) {
      io.stdout(`${html}\n`);
      return 0;
    }
    const lang = options.lang ?? 'en';
    const dir = options.dir ?? languageDirection(lang) ?? 'ltr';
    io.stdout(standalonePage({ html, head, lang, dir, title: article.headline }));
    return 0;
  } catch (error) {
    if (error instanceof LedeRenderError) {
      io.stderr(`lede: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`lede: ${message}\n`);
    if (error instanceof UsageError || isArgumentError(error)) {
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    return 1;
  }
}

/** The text of a file, of standard input (`-`), or of an http(s) URL. */
async function readSource(source: string, stdin: () => Promise<string>): Promise<string> {
  if (source === '-') return stdin();
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = source === '-' ? 'standard input' : source;
    throw new LedeRenderError([
      { path: '', message: `${where} is not JSON (${(error as Error).message})` },
    ]);
  }
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new UsageError(`${name} must be ${allowed.join(' or ')}`);
  return value as T;
}

function whole(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number`);
  return Number(value);
}

function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
