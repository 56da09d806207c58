/** The width in pixels of a piece of text, as the chart will draw it. */
export type Measure = (text: string) => number;

/*
 * Widths are remembered, for every chart on the page, in one cache per font and spacing. A page
 * lives long and a partner's labels can be huge, so the caches are bounded: the least recently
 * used widths go first, and a text too long to be a readable label is measured each time, not kept.
 */
const MAX_ENTRIES = 5_000;
const MAX_CHARACTERS = 500_000;
const MAX_CACHED_LENGTH = 1_000;
const MAX_FONTS = 16;

/** A bounded map in least-recently-used order: a Map iterates in insertion order, oldest first. */
class WidthCache {
  private readonly _widths = new Map<string, number>();
  private _characters = 0;

  get(text: string): number | undefined {
    const width = this._widths.get(text);
    if (width !== undefined) {
      this._widths.delete(text);
      this._widths.set(text, width);
    }
    return width;
  }

  set(text: string, width: number): void {
    if (text.length > MAX_CACHED_LENGTH) return;
    this._widths.set(text, width);
    this._characters += text.length;
    for (const oldest of this._widths.keys()) {
      if (this._widths.size <= MAX_ENTRIES && this._characters <= MAX_CHARACTERS) break;
      this._widths.delete(oldest);
      this._characters -= oldest.length;
    }
  }
}

const measures = new Map<string, Measure>();
let watchingFonts = false;

/**
 * Measures text in `font` (CSS shorthand) with the reader's letter and word spacing (WCAG 1.4.12),
 * which widen labels, through a canvas: as the SVG will draw it, with no layout read. The function
 * is shared by every chart that asks for the same font and spacing. Undefined where there is no
 * canvas to measure with.
 */
export function measureText(font: string, letterSpacing: string, wordSpacing: string): Measure | undefined {
  const key = `${font}|${letterSpacing}|${wordSpacing}`;
  const known = measures.get(key);
  if (known) return known;
  // A web font that arrives later changes the widths: measure afresh from then on.
  if (!watchingFonts) {
    watchingFonts = true;
    document.fonts?.addEventListener?.('loadingdone', () => measures.clear());
  }
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.font = font;
  Object.assign(context, { letterSpacing, wordSpacing });
  const cache = new WidthCache();
  const measure: Measure = (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width);
      cache.set(text, width);
    }
    return width;
  };
  // Fonts, too, are few on a page; a page that keeps changing them keeps only the latest.
  if (measures.size >= MAX_FONTS) measures.delete(measures.keys().next().value!);
  measures.set(key, measure);
  return measure;
}
