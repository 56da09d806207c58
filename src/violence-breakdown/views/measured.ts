import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { renderGrid, renderTickLabels, type Tick } from '../../internal/axis.js';
import type { SpokenPoint } from '../../internal/chart-element.js';
import { formatNumber, t, writtenOnce } from '../../internal/i18n.js';
import type { Measure } from '../../internal/measure-text.js';
import {
  bySample,
  figureLabel,
  formatMeasure,
  measuredInputs,
  measuredPoint,
  rateOf,
  sampleText,
  type MeasuredInput,
} from '../measures.js';
import { COMPACT_ROWS, firstOf, isNamed, loaded, someOf, type ViewModule, type ViolenceData } from '../shared.js';
import { countScale, countTicks, patterns, rateTicks } from './measured-parts.js';
import type { StripeDrawing } from './stripes.js';

/*
 * The measured view: rates measured in surveys, one panel per sample so that rates of different
 * samples never share a bar; past many figures, thin stripes on one scale per measure.
 */

export interface BarItem {
  type: 'bar';
  label: string;
  valueText: string;
  /** Where the bar ends. */
  x: number;
  point: number;
}

export interface Segment {
  label: string;
  valueText: string;
  x0: number;
  x1: number;
  /** Which of the fill patterns tells this share apart from its neighbours (0-2). */
  pattern: number;
  point: number;
}

export interface WholeItem {
  type: 'whole';
  label: string;
  segments: Segment[];
  /** The part of the whole the source does not account for, when its shares add up to under 100 %. */
  rest?: { x0: number; x1: number };
}

export interface MeasuredPanel {
  measure: 'rate' | 'count';
  /** n, who, where and when: always shown. */
  sample: string;
  items: (BarItem | WholeItem)[];
  ticks: Tick[];
}

export interface MeasuredLayout {
  view: 'measured';
  width: number;
  /** Empty in the compact mode. */
  panels: MeasuredPanel[];
  /** Set past COMPACT_ROWS figures. */
  compact?: StripeDrawing[];
  points: SpokenPoint[];
}

const BAR_HEIGHT = 22;

/**
 * The stripes' layout and drawing (stripes.ts, which also gives this view its `pointAt`). Only a
 * page's own data has more than COMPACT_ROWS figures, never the report's, so they come with the
 * code that reads such data (read.ts imports stripes.ts, which fills this in): a page of the
 * report's charts never downloads them.
 */
export const stripes = {} as {
  layout(samples: MeasuredInput[][], width: number, lang: Lang, measure: Measure): { drawings: StripeDrawing[]; points: SpokenPoint[] };
  render(drawing: StripeDrawing, index: number, width: number, activePoint: number, lang: Lang): TemplateResult;
};

/**
 * One panel per sample. Rates are bars on a 0-100 % scale, each on its own; shares of one whole
 * (same `partOf`, same sample) are one 100 % bar. Counts with no `n` have no rate, so they get a
 * panel of their own on a count scale. Past COMPACT_ROWS figures, stripes (`StripeDrawing`).
 */
export function layoutMeasured(records: MeasuredInput[], width: number, lang: Lang, measure: Measure): MeasuredLayout {
  const samples = bySample(records);
  if (records.length > COMPACT_ROWS) {
    const { drawings, points } = stripes.layout(samples, width, lang, measure);
    return { view: 'measured', width, panels: [], compact: drawings, points };
  }
  const points: SpokenPoint[] = [];
  const panels = samples.map((members): MeasuredPanel => {
    const scale = rateOf(members[0]) === undefined ? 'count' : 'rate';
    const sample = scale === 'count' ? t(lang, 'violenceCountsPanel') : sampleText(members[0], lang);
    const counts = countScale(members, width);
    const x = scale === 'rate' ? (v: number) => (v / 100) * width : counts;
    const items: (BarItem | WholeItem)[] = [];
    const wholes = new Map<string, WholeItem>();
    for (const record of members) {
      const label = figureLabel(record, lang);
      if (scale === 'rate' && record.partOf !== undefined) {
        let whole = wholes.get(record.partOf);
        if (!whole) {
          whole = { type: 'whole', label: t(lang, 'violenceWhole', { whole: record.partOf }), segments: [] };
          wholes.set(record.partOf, whole);
          items.push(whole);
        }
        const x0 = whole.segments.at(-1)?.x1 ?? 0;
        const x1 = x0 + x(rateOf(record)!);
        points.push(measuredPoint(`${record.partOf}, ${label}`, record, lang));
        const pattern = whole.segments.length % 3;
        whole.segments.push({ label, valueText: formatMeasure(record, lang), x0, x1, pattern, point: points.length - 1 });
        continue;
      }
      points.push(measuredPoint(label, record, lang));
      const end = scale === 'rate' ? x(rateOf(record)!) : x(record.value);
      items.push({ type: 'bar', label, valueText: formatMeasure(record, lang), x: end, point: points.length - 1 });
    }
    for (const whole of wholes.values()) {
      const end = whole.segments.at(-1)!.x1;
      if (width - end > 0.5) whole.rest = { x0: end, x1: width };
    }
    const ticks = scale === 'rate' ? rateTicks(width, lang) : countTicks(counts, width, lang, measure);
    return { measure: scale, sample, items, ticks };
  });
  return { view: 'measured', width, panels, points };
}

/** Each sample with its figures: past ten samples, or ten figures of one, how many more. */
export function summarizeMeasured(records: MeasuredInput[], lang: Lang): string {
  const { shown, more } = firstOf(bySample(records));
  const sentences = shown.map((members) =>
    t(lang, 'violenceSummarySample', {
      sample: sampleText(members[0], lang),
      items: someOf(members, lang, t(lang, 'listSeparator'), (m) => `${figureLabel(m, lang)} ${formatMeasure(m, lang)}`),
    }),
  );
  const rest = more ? [t(lang, 'violenceMoreSamples', { count: formatNumber(more, lang) })] : [];
  return [...sentences, ...rest].join(' ');
}

export function renderMeasured(model: MeasuredLayout, activePoint: number, lang: Lang): TemplateResult {
  const { width } = model;
  const focus = (x0: number, x1: number, point: number) =>
    point === activePoint
      ? svg`<rect class="focus-mark" x=${x0 - 2} y="1" width=${Math.max(4, x1 - x0 + 4)} height=${BAR_HEIGHT - 2}></rect>`
      : nothing;
  if (model.compact) {
    return html`${patterns}
      <p class="compact-note">${t(lang, 'violenceCompactMeasured', { count: formatNumber(model.points.length, lang) })}</p>
      ${model.compact.map((drawing, i) => stripes.render(drawing, i, width, activePoint, lang))}`;
  }
  return html`${patterns}
    ${model.panels.length > 1 ? html`<p class="apart">${t(lang, 'violenceApart')}</p>` : nothing}
    ${model.panels.map(
      (panel) =>
        html`<section class="panel ${panel.measure}">
          <p class="sample">${panel.sample}</p>
          <ul class="rows">
            ${panel.items.map((item) =>
              item.type === 'bar'
                ? html`<li class="row" data-point=${item.point}>
                    <span class="label">${item.label}</span>
                    <span class="value">${item.valueText}</span>
                    <svg width=${width} height=${BAR_HEIGHT} aria-hidden="true">
                      ${renderGrid(panel.ticks, BAR_HEIGHT)}
                      <rect part="bar" class="bar" y="3" width=${item.x} height=${BAR_HEIGHT - 6}></rect>
                      ${focus(0, item.x, item.point)}
                    </svg>
                  </li>`
                : html`<li class="row whole">
                    <span class="label">${item.label}</span>
                    <svg width=${width} height=${BAR_HEIGHT} aria-hidden="true">
                      ${item.segments.map(
                        (segment) => svg`<rect
                          part="segment"
                          class="segment p${segment.pattern}"
                          x=${segment.x0}
                          y="3"
                          width=${segment.x1 - segment.x0}
                          height=${BAR_HEIGHT - 6}
                          data-point=${segment.point}
                        ></rect>`,
                      )}
                      <rect class="segment-edge" x="0.5" y="3.5" width=${item.segments.at(-1)!.x1 - 1} height=${BAR_HEIGHT - 7}></rect>
                      ${item.rest
                        ? svg`<rect class="rest" x=${item.rest.x0} y="3.5" width=${item.rest.x1 - item.rest.x0} height=${BAR_HEIGHT - 7}></rect>`
                        : nothing}
                      ${item.segments.map((segment) => focus(segment.x0, segment.x1, segment.point))}
                    </svg>
                    <ul class="legend">
                      ${item.segments.map(
                        (segment) =>
                          html`<li>
                            <svg width="16" height="16" aria-hidden="true">
                              <rect class="segment p${segment.pattern}" x="1" y="1" width="14" height="14"></rect>
                              <rect class="segment-edge" x="1.5" y="1.5" width="13" height="13"></rect>
                            </svg>
                            <span>${segment.label}</span>
                            <span class="value">${segment.valueText}</span>
                          </li>`,
                      )}
                      ${item.rest ? html`<li><span>${t(lang, 'violenceRest')}</span></li>` : nothing}
                    </ul>
                  </li>`,
            )}
          </ul>
          <svg class="axis" width=${width} height="18" aria-hidden="true">${renderTickLabels(panel.ticks, 18)}</svg>
        </section>`,
    )}`;
}

/**
 * The figures of `data` in `lang`, read once (keyed by the data: the report view keys its model by
 * the rows) for every width, the summary and the table: 10,000 figures took about 4 ms a resize step.
 */
const inputsOf = (data: ViolenceData, lang: Lang) => writtenOnce(data, lang, () => measuredInputs(data, lang));

export const measuredView: ViewModule<MeasuredLayout> = {
  layout: (data, width, lang, measure) => layoutMeasured(inputsOf(data, lang), width, lang, measure),
  render: renderMeasured,
  summary: (data, lang) => summarizeMeasured(inputsOf(data, lang), lang),
  table: (data, lang) => {
    const rows = data.rows.filter((row) => !isNamed(row));
    return {
      columns: [t(lang, 'tableFigure'), t(lang, 'tableValue'), t(lang, 'violenceSample')],
      numeric: [false, true, false],
      rows: inputsOf(data, lang).map((input, i) => ({
        cells: () => [
          input.partOf ? `${input.partOf}: ${figureLabel(input, lang)}` : figureLabel(input, lang),
          formatMeasure(input, lang),
          sampleText(input, lang),
        ],
        source: rows[i].source,
      })),
    };
  },
};

// The element finds the view here (shared.ts).
loaded.measured = measuredView;
