/**
 * The gallery: every element with the report's data at a phone's, a tablet's and a desktop's width
 * (320, 768 and 1280 px), side by side, in the language and theme chosen in the controls. The same
 * pictures, in every language and both themes, are the screenshot tests' baselines
 * (test/visual/baseline/); docs/design.md explains what they show.
 */
import '../src/index.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { expect, waitFor } from 'storybook/test';
import type { Lang } from './chart-stories.js';

const WIDTHS = [320, 768, 1280];

interface GalleryArgs {
  tag: string;
  view?: string;
  lang: Lang;
  theme: 'light' | 'dark';
}

/** Charts that have drawn, so the play function can wait for all three. */
const drawn = new WeakSet<Element>();

const meta = {
  title: 'Gallery',
  args: { lang: 'en', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'ru', 'kk'] },
    theme: { control: 'select', options: ['light', 'dark'] },
    tag: { control: false },
    view: { control: false },
  },
  parameters: { layout: 'padded' },
  render: ({ tag, view, lang, theme }) => {
    const t = unsafeStatic(tag);
    return html`<div
      style="display: flex; align-items: flex-start; gap: 32px; width: max-content"
      @chart-rendered=${(event: Event) => drawn.add(event.composedPath()[0] as Element)}
    >
      ${WIDTHS.map(
        (width) => html`<section style="width: ${width}px" aria-label="${width} px">
          <p style="margin: 0 0 8px; font: 600 13px/1.4 system-ui, sans-serif; color: #57606a">${width} px</p>
          ${staticHtml`<${t} lang=${lang} theme=${theme} view=${view ?? nothing}></${t}>`}
        </section>`,
      )}
    </div>`;
  },
  play: async ({ canvasElement, args }) => {
    const charts = [...canvasElement.querySelectorAll(args.tag)];
    expect(charts).toHaveLength(WIDTHS.length);
    await waitFor(() => expect(charts.every((chart) => drawn.has(chart))).toBe(true), { timeout: 10000 });
    for (const chart of charts) expect(chart.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  },
} satisfies Meta<GalleryArgs>;

export default meta;

type Story = StoryObj<GalleryArgs>;

export const HivEstimateGap: Story = { args: { tag: 'hiv-estimate-gap' } };
export const FundingTimeline: Story = { args: { tag: 'funding-timeline' } };
export const ViolenceBreakdownReport: Story = { args: { tag: 'violence-breakdown', view: 'report' } };
export const ViolenceBreakdownMeasured: Story = { args: { tag: 'violence-breakdown', view: 'measured' } };
