// `npm run bench:big`: how the elements cope with stories far larger than a newsroom sends, in
// headless Chromium with the CDN bundle: a 2 MB story of 10,000 blocks, a delegation of 100,000
// members and a 10,000-character headline. For each it prints
//  - the time from handing the story to the element until its first content is on screen,
//  - the longest main-thread task meanwhile (Long Tasks API),
//  - the JavaScript heap before, with the element on the page, and after it is removed (each
//    after a forced garbage collection, through the DevTools protocol), in the third round on the
//    same page, so that what a page pays once (stylesheets, Lit's template cache) is left out.
// The goals (issue "security and fault matrix"): first content within 1 s, no task over 200 ms,
// the heap back to its baseline.
import { existsSync } from 'node:fs';
import { openProject } from '../scripts/project-browser.js';

if (!existsSync('dist/cdn/lede.js')) {
  console.error('dist/cdn is missing: run `npm run build` first (npm run bench:big does).');
  process.exit(1);
}

/** Each case: the tag, and the story built in the page (a function's source, run there). */
const CASES = [
  {
    name: '2 MB story, 10,000 blocks',
    tag: 'lede-article',
    build: () => ({
      headline: 'A very long story',
      body: Array.from({ length: 10_000 }, (_, i) => ({
        type: 'paragraph',
        text: `Paragraph ${i}: ${'More than 6,000 vendors from Pakistan were registered on Amazon platforms last year. '.repeat(2)}`,
      })),
    }),
  },
  {
    name: 'delegation of 100,000 members',
    tag: 'lede-delegation-list',
    build: () => ({
      type: 'people',
      title: 'A very large delegation',
      numberOfItems: 100_000,
      items: Array.from({ length: 100_000 }, (_, i) => ({
        name: `Member ${i}`,
        jobTitle: 'Economist',
      })),
    }),
  },
  {
    name: '10,000-character headline',
    tag: 'lede-article-card',
    build: () => ({ headline: 'Pakistani vendors on Amazon '.repeat(360).slice(0, 10_000) }),
  },
];

const { browser, origin, close } = await openProject();
try {
  console.log(
    '| story | element | first content | longest task | heap before | with it | after removal |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, tag, build } of CASES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const protocol = await page.createCDPSession();
    const heap = async () => {
      // Twice: objects freed by the first collection's finalizers go in the second.
      await protocol.send('HeapProfiler.collectGarbage');
      await protocol.send('HeapProfiler.collectGarbage');
      const { usedSize } = await protocol.send('Runtime.getHeapUsage');
      return usedSize / 1e6;
    };
    await page.goto(`${origin}/bench/big-stories.html`);
    await page.evaluate((tag) => customElements.whenDefined(tag), tag);
    // The first rounds pay what is paid once per page (each element's stylesheets, Lit's template
    // cache); the last is the one reported, so "after removal" is compared with a warm page.
    let before = 0;
    let withIt = 0;
    let after = 0;
    let result;
    for (let round = 0; round < 3; round++) {
      before = await heap();
      result = await page.evaluate(
        async (tag, source) => {
          const story = new Function(`return (${source})()`)();
          let longest = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
          });
          observer.observe({ type: 'longtask' });
          const element = document.createElement(tag);
          const started = performance.now();
          element.article = story;
          document.getElementById('stage').append(element);
          // First content: the element's shadow root holds text, painted in the next frame.
          while (!element.shadowRoot?.textContent?.trim()) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (performance.now() - started > 30_000) break;
          }
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          const firstContent = performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 500));
          observer.disconnect();
          const error = element.shadowRoot?.querySelector('[part~=error]')?.textContent?.trim();
          window.__bigStoryElement = element;
          return { firstContent, longest, error };
        },
        tag,
        build.toString(),
      );
      withIt = await heap();
      await page.evaluate(() => {
        window.__bigStoryElement.remove();
        window.__bigStoryElement = undefined;
      });
      after = await heap();
    }
    const shown = result.error ? ` (shows: "${result.error}")` : '';
    console.log(
      `| ${name}${shown} | \`${tag}\` | ${result.firstContent.toFixed(0)} ms | ${result.longest.toFixed(0)} ms | ${before.toFixed(1)} MB | ${withIt.toFixed(1)} MB | ${after.toFixed(1)} MB |`,
    );
    await page.close();
  }
} finally {
  await close();
}
