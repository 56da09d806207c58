/**
 * Stands in for docs-page.ts in the story tests (vitest.config.ts): the tests render stories, never
 * docs pages, and the docs blocks (React and every block) are the heaviest import of the preview.
 */
export const ChartDocsPage = undefined;
