import { Readable } from 'node:stream';

/**
 * Responses the tests need that static files cannot give: a server error with an HTML body, a slow
 * response, to race a newer input against a pending one, a huge one, dist/ with the reading code
 * late (`/test-api/slow-reader/`), and a page of the test's own HTML served from this origin
 * (`/test-api/page?html=`). A page written into an iframe's `srcdoc`
 * has no URL of its own: Firefox does not match it to a policy's 'self' (the page's scripts are
 * blocked there), where a reader's page, served from its site, is.
 */
export function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname.startsWith('/test-api/slow-reader/')) {
    // dist/ as built, served by the server's own static files, but each element's reading code
    // (chunks/read-*.js) half a second late: what a slow network does to a round trip, so that what
    // is asked for before it arrives can be told apart.
    const path = `/dist/${url.pathname.slice('/test-api/slow-reader/'.length)}`;
    const late = /\/chunks\/read-[\w-]+\.js$/.test(path) ? 500 : 0;
    return new Promise((done) => setTimeout(done, late)).then(() => {
      context.url = path;
      return next();
    });
  }
  if (url.pathname === '/test-api/page') {
    context.type = 'text/html';
    context.body = url.searchParams.get('html') ?? '';
    return undefined;
  }
  if (url.pathname === '/test-api/error') {
    context.status = Number(url.searchParams.get('status') ?? 500);
    context.type = 'text/html';
    context.body = '<!doctype html><h1>Internal Server Error</h1><script>window.__executed = true</script>';
    return undefined;
  }
  if (url.pathname === '/test-api/huge') {
    // `mb` megabytes of one letter, streamed; with `length=1` the size is announced in Content-Length.
    const bytes = Number(url.searchParams.get('mb') ?? 11) * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    context.type = 'text/csv';
    if (url.searchParams.get('length') === '1') context.length = bytes;
    context.body = Readable.from((function* () {
      for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
    })());
    return undefined;
  }
  if (url.pathname === '/test-api/slow') {
    const ms = Number(url.searchParams.get('ms') ?? 300);
    return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
      context.type = url.searchParams.get('type') ?? 'application/json';
      context.body = url.searchParams.get('body') ?? '[]';
    });
  }
  return next();
}
