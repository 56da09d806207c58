/**
 * `browser-commands`: the custom commands that this browser's config can carry out. Tests that need
 * one the browser lacks are skipped, and say so, rather than failing (test/helpers.ts, `itWith`).
 * `available` is the list, or, where it depends on the browser's version, a function of the test
 * session's page that answers it.
 */
export const browserCommands = (available) => ({
  name: 'browser-commands',
  async executeCommand({ command, session }) {
    if (command !== 'browser-commands') return undefined;
    return typeof available === 'function' ? available(session.browser.getPage(session.id)) : available;
  },
});
