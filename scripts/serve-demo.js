// `npm start`: serves the demo page and the library's sources (TypeScript compiled on the fly)
// on a local port, and prints the URL to open.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** The first free port from `start` on, so a busy 8000 does not stop the demo. */
async function freePort(start) {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port);
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${start} and ${start + 99}.`);
}

const port = await freePort(Number(process.env.PORT) || 8000);

await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Lede demo: http://localhost:${port}/demo/`);
