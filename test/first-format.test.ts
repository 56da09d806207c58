import { expect } from '@open-wc/testing';

/*
 * A page's first Intl number format costs tens of milliseconds (ICU's data), whoever asks: the kit
 * asks in the first idle moment after its script has run, in the page's language, so that a chart
 * drawn later does not pay it in its first draw (src/internal/i18n.ts).
 */
describe('the first number format', () => {
  const { NumberFormat, DateTimeFormat } = Intl;
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    Object.assign(Intl, { NumberFormat, DateTimeFormat });
    document.documentElement.lang = pageLang;
  });

  it("is made in the page's language once the page is idle after the script has run, not while it runs", async () => {
    const made: string[] = [];
    const spy = (format: typeof NumberFormat | typeof DateTimeFormat) =>
      new Proxy(format, { construct: (target, args: [string]) => (made.push(`${format.name} ${args[0]}`), Reflect.construct(target, args)) });
    Object.assign(Intl, { NumberFormat: spy(NumberFormat), DateTimeFormat: spy(DateTimeFormat) });
    document.documentElement.lang = 'ru-KZ';
    // A copy of the module of its own: the one this page has loaded already ran.
    await import(`../src/internal/i18n.ts?copy=${Date.now()}`);
    expect(made, 'while the script runs').to.deep.equal([]);
    // As the kit waits: Safari has no requestIdleCallback.
    await new Promise((resolve) => (globalThis.requestIdleCallback ?? setTimeout)(resolve));
    expect(made, 'once the page is idle').to.deep.equal(['NumberFormat ru', 'DateTimeFormat ru']);
  });
});
