// Serves the security matrix's pages under each policy mode. The page itself is plain HTML with
// one external module script and no inline code; the policy comes with the response, as a
// publisher's server would send it. The test runner's own page, which needs inline scripts,
// loads these pages in an iframe and drives them from outside.

/** The policy modes, by the name used in page URLs and in docs/security.md. */
export const POLICIES = {
  none: undefined,
  strict: "script-src 'self'; object-src 'none'; base-uri 'none'; style-src 'self'",
  'trusted-types':
    "script-src 'self'; object-src 'none'; base-uri 'none'; style-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html",
  // For a page that may load Lede twice: each copy of Lit creates its own `lit-html` policy.
  'trusted-types-duplicates':
    "script-src 'self'; object-src 'none'; base-uri 'none'; style-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
};

/** Which module each kind of page loads. */
const PAGE_MODULES = {
  matrix: '/test/security/matrix/page.ts',
  control: '/test/security/matrix/negative-control-page.ts',
  hostile: '/test/security/hostile/page.ts',
  twice: '/test/security/twice/page.ts',
};

function pageHtml(module) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Lede security matrix</title>
    <script type="module" src="${module}"></script>
  </head>
  <body></body>
</html>
`;
}

/** `/security/<page>/<mode>`, e.g. `/security/matrix/trusted-types`. */
export const policyPages = {
  name: 'security-policy-pages',
  serve(context) {
    const match = /^\/security\/(matrix|control|hostile|twice)\/([a-z-]+)$/.exec(context.path);
    if (!match || !Object.hasOwn(POLICIES, match[2])) return undefined;
    const policy = POLICIES[match[2]];
    if (policy) context.set('Content-Security-Policy', policy);
    context.set('Cache-Control', 'no-store');
    return { body: pageHtml(PAGE_MODULES[match[1]]), type: 'html' };
  },
};

/**
 * Answers every image request of the security suite with an empty response: vectors in URL
 * fields become relative URLs the pages then ask for, some of them paths the file server refuses
 * noisily. Whether an image loads changes nothing the suite counts.
 */
export async function quietImages(context, next) {
  if (context.get('sec-fetch-dest') === 'image') {
    context.status = 204;
    return;
  }
  await next();
}
