import { expect } from '@open-wc/testing';

// dist/static/<tag>.<lang>.png, written by `npm run build` (scripts/static-fallbacks.mjs) for og:image.
const tags = async (): Promise<string[]> => {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  return manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).flatMap((d: { tagName?: string }) => (d.tagName ? [d.tagName] : []));
};

/** The image's pixels, RGBA. */
async function pixels(url: string): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  expect(response.headers.get('content-type')).to.contain('image/png');
  const bitmap = await createImageBitmap(await response.blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

describe('share images', () => {
  it('are 1200 x 630 PNGs of every element in every language, drawn whole inside a white margin', async () => {
    const all = await tags();
    expect(all).to.have.length(3);
    for (const tag of all) {
      for (const lang of ['en', 'ru', 'kk']) {
        const { width, height, data } = await pixels(`/dist/static/${tag}.${lang}.png`);
        expect([width, height], `${tag}.${lang}`).to.deep.equal([1200, 630]);
        let inked = 0;
        let inkedAtEdge = 0;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) continue;
          inked += 1;
          colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
          const x = (i / 4) % width;
          const y = Math.floor(i / 4 / width);
          if (x < 20 || y < 20 || x >= width - 20 || y >= height - 20) inkedAtEdge += 1;
        }
        // Text and marks cover a good part of the card, in more than one colour; nothing is cut off.
        expect(inked / (width * height), `${tag}.${lang} ink`).to.be.greaterThan(0.02);
        expect(colours.size, `${tag}.${lang} colours`).to.be.greaterThan(20);
        expect(inkedAtEdge, `${tag}.${lang} edge`).to.equal(0);
      }
    }
  });
});
