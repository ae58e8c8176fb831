// A misbehaving story server, as test-runner middleware: `/faults/<behaviour>` answers a `src`
// request the way real servers fail. `/faults/story?headline=…&delay=…` is a good story.

const story = (headline) => ({
  headline,
  description: 'A story served by the fault server.',
  body: [{ type: 'paragraph', text: 'The ferry runs again.' }],
});

const json = (value) => JSON.stringify(value);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const MEGABYTE = 1024 * 1024;

/** The other origin of the same server: 127.0.0.1 for a page on localhost, and the reverse. */
function otherOrigin(context) {
  const { hostname, port, protocol } = new URL(context.href);
  const host = hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${protocol}//${host}:${port}`;
}

/** Writes `chunks` to the raw response, pausing between them; `drop` cuts the connection. */
async function stream(context, { type, chunks, pause = 0, drop = false, length }) {
  context.respond = false;
  const response = context.res;
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
  if (length !== undefined) headers['Content-Length'] = String(length);
  response.writeHead(200, headers);
  for (const chunk of chunks) {
    if (response.destroyed) return;
    response.write(chunk);
    if (pause) await wait(pause);
  }
  if (drop) response.socket?.destroy();
  else response.end();
}

/** Each behaviour sets the Koa context's response (or streams it itself). */
const BEHAVIOURS = {
  async story(context) {
    const params = context.URL.searchParams;
    await wait(Number(params.get('delay') ?? 0));
    if (params.get('cors') !== null) context.set('Access-Control-Allow-Origin', '*');
    context.type = 'application/json';
    context.body = json(story(params.get('headline') ?? 'The ferry returns'));
  },
  'not-found'(context) {
    context.status = 404;
    context.type = 'text/html';
    context.body = '<h1>Not found</h1>';
  },
  gone(context) {
    context.status = 410;
    context.body = '';
  },
  'server-error-json'(context) {
    context.status = 500;
    context.type = 'application/json';
    context.body = json({ error: 'database unavailable', headline: 'Not this' });
  },
  unavailable(context) {
    context.status = 503;
    context.set('Retry-After', '120');
    context.body = 'Down for maintenance';
  },
  html(context) {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Story</title><p>The ferry returns</p>';
  },
  empty(context) {
    context.type = 'application/json';
    context.body = '';
  },
  'no-content'(context) {
    context.status = 204;
  },
  'wrong-type'(context) {
    context.type = 'text/plain';
    context.body = json(story('Served as text/plain'));
  },
  bom(context) {
    context.type = 'application/json';
    context.body = `\uFEFF${json(story('Served with a byte order mark'))}`;
  },
  truncated(context) {
    context.type = 'application/json';
    const whole = json(story('Cut short'));
    context.body = whole.slice(0, Math.floor(whole.length / 2));
  },
  null(context) {
    context.type = 'application/json';
    context.body = 'null';
  },
  'too-large-declared'(context) {
    return stream(context, {
      type: 'application/json',
      length: 10 * MEGABYTE,
      chunks: [`{"headline":"Too large","padding":"${'x'.repeat(10 * MEGABYTE - 40)}"}`],
    });
  },
  'too-large-streamed'(context) {
    const chunk = 'x'.repeat(MEGABYTE);
    return stream(context, {
      type: 'application/json',
      chunks: ['{"headline":"Too large","padding":"', ...Array(10).fill(chunk), '"}'],
    });
  },
  async 'slow-headers'(context) {
    await wait(3_000);
    context.type = 'application/json';
    context.body = json(story('Too late'));
  },
  'slow-body'(context) {
    const whole = json(story('Trickled'));
    return stream(context, { type: 'application/json', chunks: [...whole], pause: 100 });
  },
  'dropped-mid-body'(context) {
    const whole = json(story('Dropped'));
    return stream(context, {
      type: 'application/json',
      length: whole.length,
      chunks: [whole.slice(0, 20)],
      pause: 50,
      drop: true,
    });
  },
  'redirect-same-origin'(context) {
    context.redirect('/faults/story?headline=Moved%20here');
  },
  'redirect-other-origin'(context) {
    context.redirect(`${otherOrigin(context)}/faults/story?headline=Elsewhere`);
  },
  'redirect-other-origin-cors'(context) {
    context.redirect(`${otherOrigin(context)}/faults/story?headline=Elsewhere%20with%20CORS&cors`);
  },
  'redirect-loop'(context) {
    context.redirect('/faults/redirect-loop');
  },
  'redirect-data'(context) {
    context.redirect(`data:application/json,${encodeURIComponent(json(story('From data')))}`);
  },
};

export async function faultServer(context, next) {
  const match = /^\/faults\/([a-z-]+)$/.exec(context.path);
  const behaviour = match && Object.hasOwn(BEHAVIOURS, match[1]) ? BEHAVIOURS[match[1]] : null;
  if (!behaviour) return next();
  context.set('Cache-Control', 'no-store');
  await behaviour(context);
}
