// The screenshot tests: `wtr --config web-test-runner.visual.config.mjs` (see test/visual/shots.ts).
// Every element is drawn in each language, width and theme and compared pixel by pixel with its
// baseline in test/visual/baseline/; any changed pixel fails the run, and the new picture and a
// picture of the difference are written to test/visual/failed/. After a change meant to be seen,
// regenerate the baselines and look at them before committing:
//   npx wtr --config web-test-runner.visual.config.mjs --update-visual-baseline
import path from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  // Not `*.test.ts`: the main run (`wtr`) has no screenshot command and must not pick these up.
  files: ['test/visual/*.visual.ts'],
  // Drawing one element in 18 ways takes longer than a unit test.
  testFramework: { config: { timeout: 60000 } },
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      // One baseline per picture, whatever the browser is called: the tests run in Chromium only.
      getBaselineName: ({ name }) => path.join('baseline', name),
      getFailedName: ({ name }) => path.join('failed', name),
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
      // Antialiasing is compared too: a pixel may not move.
      diffOptions: { threshold: 0, includeAA: true },
      failureThreshold: 0,
      failureThresholdType: 'pixel',
    }),
  ],
};
