import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { staticMarkup } from '../bench/src/static-markup.js';
import '../src/hiv-estimate-gap.js';
import '../src/funding-timeline.js';
import '../src/violence-breakdown.js';
import { mount, shadow } from './helpers.js';

/*
 * The benchmark's static pages (`npm run bench`, bench/src/static.js) time the kit's charts without
 * the kit's code: each chart as the kit drew it, copied by `staticMarkup` and written back into a page
 * as declarative shadow DOM. The copy must draw what the kit drew, or the line measures something
 * else: the same text, the same elements, the same size (so its styles came with it).
 */

const cases: [string, TemplateResult][] = [
  ['<hiv-estimate-gap> at 640 px', html`<hiv-estimate-gap style="width: 640px"></hiv-estimate-gap>`],
  ['<funding-timeline> at 640 px', html`<funding-timeline style="width: 640px"></funding-timeline>`],
  ['<funding-timeline> at 320 px (down the page)', html`<funding-timeline style="width: 320px"></funding-timeline>`],
  ['<violence-breakdown> at 640 px', html`<violence-breakdown style="width: 640px"></violence-breakdown>`],
  ['<violence-breakdown view="measured"> at 320 px', html`<violence-breakdown view="measured" style="width: 320px"></violence-breakdown>`],
];

const elementsIn = (root: ShadowRoot) => [...root.querySelectorAll('*')].map((element) => element.localName).filter((tag) => tag !== 'style');

/** The text of a shadow root, but for its style sheets' (the copy's are written in a `<style>`). */
function textIn(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) if (walker.currentNode.parentElement?.localName !== 'style') text += walker.currentNode.nodeValue;
  return text;
}

describe("the benchmark's static copy of a chart", () => {
  for (const [name, template] of cases) {
    it(`draws ${name} as the kit drew it`, async () => {
      const el = await mount<HTMLElement>(template);
      const box = document.createElement('div');
      document.body.append(box);
      try {
        const [open, close] = [`<${el.localName}`, `</${el.localName}>`];
        const markup = staticMarkup(el);
        expect(markup.startsWith(open) && markup.endsWith(close), 'the chart element, whole').to.equal(true);
        // Under another name, so that the copy is not upgraded: no script of the kit runs in it.
        box.setHTMLUnsafe(`<static-copy${markup.slice(open.length, -close.length)}</static-copy>`);
        const copy = box.firstElementChild as HTMLElement;
        expect(copy.localName).to.equal('static-copy');
        expect(copy.shadowRoot, 'a declarative shadow root').to.exist;
        const [kit, copied] = [shadow(el), copy.shadowRoot!];
        expect(textIn(copied)).to.equal(textIn(kit));
        expect(elementsIn(copied)).to.deep.equal(elementsIn(kit));
        expect(copied.querySelector('[part=plot] svg'), 'its marks').to.exist;
        const [drawn, copiedBox] = [el, copy].map((host) => host.getBoundingClientRect());
        expect(copiedBox.width).to.be.closeTo(drawn.width, 0.5);
        expect(copiedBox.height, 'styled as the kit styled it').to.be.closeTo(drawn.height, 0.5);
      } finally {
        box.remove();
      }
    });
  }
});
