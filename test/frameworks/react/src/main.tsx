import { lazy, Suspense } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

const root = document.getElementById('root')!;

if (new URLSearchParams(location.search).has('late')) {
  // Code-split: the kit and its React components load after the app's first render.
  const Chart = lazy(() => import('./Chart'));
  createRoot(root).render(
    <Suspense fallback={<p id="loading">Loading the chart</p>}>
      <Chart />
    </Suspense>,
  );
} else {
  import('./Chart').then(({ default: Chart }) => {
    // The framework test serves this page with the server's HTML in the root, to hydrate.
    if (root.hasAttribute('data-ssr')) hydrateRoot(root, <Chart />);
    else createRoot(root).render(<Chart />);
  });
}
