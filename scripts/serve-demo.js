// `npm start`: serves the demo page and the library's sources (TypeScript compiled on the fly)
// on a local port, and prints the URL to open.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: { exportConditions: ['production'] },
    appIndex: 'demo/index.html',
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`Lede demo: http://localhost:${actualPort}/demo/`);
