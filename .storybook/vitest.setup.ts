/**
 * Story tests fail on any console error or warning: `console.error` and `console.warn` calls in the
 * story's frame (Vitest captures these before Chromium sees them, so they are wrapped here), and the
 * browser's own messages (a failed request, a CSP report), which Playwright reports. A story may allow known messages with `parameters.consoleErrors.allow` (regular
 * expressions); the load-failed story allows the browser's 404 line.
 */
import { afterEach, beforeEach } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    takeConsoleMessages: () => Promise<{ type: string; text: string }[]>;
  }
}

// Lit says this once per page in development builds; it is not a fault of a story.
const alwaysAllowed = [/Lit is in dev mode/];

const calls: { type: string; text: string }[] = [];
const original = { error: console.error, warn: console.warn };

function capture(type: 'error' | 'warn') {
  return (...args: unknown[]) => {
    calls.push({ type: `console.${type}`, text: args.map(String).join(' ') });
    original[type].apply(console, args);
  };
}

beforeEach(async () => {
  globalThis.__storyConsoleAllow = [];
  calls.length = 0;
  console.error = capture('error');
  console.warn = capture('warn');
  await commands.takeConsoleMessages();
});

afterEach(async () => {
  console.error = original.error;
  console.warn = original.warn;
  const allowed = [...alwaysAllowed, ...(globalThis.__storyConsoleAllow ?? [])];
  const browserMessages = (await commands.takeConsoleMessages()).filter(
    // A console call shows up here too when Chromium sees it; count it once.
    ({ text }) => !calls.some((call) => call.text === text),
  );
  const messages = [...calls.splice(0), ...browserMessages].filter(
    ({ text }) => !allowed.some((pattern) => pattern.test(text)),
  );
  if (messages.length) {
    throw new Error(`Console errors or warnings in the story:\n${messages.map((m) => `[${m.type}] ${m.text}`).join('\n')}`);
  }
});
