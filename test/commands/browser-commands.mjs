/**
 * `browser-commands`: the custom commands that this browser's config can carry out. Tests that need
 * one the browser lacks are skipped, and say so, rather than failing (test/helpers.ts, `itWith`).
 */
export const browserCommands = (available) => ({
  name: 'browser-commands',
  executeCommand: ({ command }) => (command === 'browser-commands' ? available : undefined),
});
