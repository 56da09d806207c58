// Serves the project folder on localhost for the demo: `/` goes to the demo page.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    middleware: [
      (context, next) => {
        if (context.path === '/') return context.redirect('/demo/');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/demo/  (one-script-tag page: http://localhost:${port}/demo/embed.html)`);
