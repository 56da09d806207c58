/** Console messages the current story may log (`parameters.consoleErrors.allow`); see vitest.setup.ts. */
declare global {
  var __storyConsoleAllow: RegExp[] | undefined;
}

export {};
