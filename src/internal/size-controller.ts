import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeWidth, unobserveWidth } from './resize.js';

/**
 * The width a chart may draw in, and the typeface its text is set in. The frame's content box is
 * that width, inside any padding a host sets. Text set wider or in another font reflows the frame,
 * so its size changes too: the chart is then laid out again with the text as the reader has set it
 * (a reader's stylesheet can change font and spacing at any time, WCAG 1.4.12).
 */
/** The text settings that change how wide a text is drawn, as the reader's stylesheet leaves them. */
export interface Typeface {
  fontFamily: string;
  letterSpacing: string;
  wordSpacing: string;
  lineHeight: string;
}

export class SizeController implements ReactiveController {
  width = 0;
  /** Font family and spacing, as one comparable string. */
  typeface = '';
  /** The same, one setting by one, for measuring text. */
  text?: Typeface;
  private _observed?: Element;

  /** `target` is the element whose content box the chart draws in (its frame), once rendered. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null,
  ) {
    host.addController(this);
  }

  // Followed from the first render, and again whenever the chart comes back to a page.
  hostUpdated(): void {
    const target = this.target();
    if (target && target !== this._observed) this._observe(target);
  }

  hostConnected(): void {
    if (this._observed) this._observe(this._observed);
  }

  hostDisconnected(): void {
    if (this._observed) unobserveWidth(this._observed);
  }

  private _observe(target: Element): void {
    this._observed = target;
    observeWidth(target, (width) => {
      const { fontFamily, letterSpacing, wordSpacing, lineHeight } = getComputedStyle(target);
      const typeface = `${fontFamily}|${letterSpacing}|${wordSpacing}|${lineHeight}`;
      if (width === this.width && typeface === this.typeface) return;
      this.width = width;
      this.typeface = typeface;
      this.text = { fontFamily, letterSpacing, wordSpacing, lineHeight };
      this.host.requestUpdate();
    });
  }
}
