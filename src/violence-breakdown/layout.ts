import type { Lang } from '../data/types.js';
import { formatNumber, t } from '../internal/i18n.js';
import type { SpokenPoint } from '../internal/chart-element.js';
import { linearScale } from '../internal/scale.js';

/*
 * Pure maths for <violence-breakdown>: localized records and a width in, everything the element
 * draws out. Two views: the forms of abuse a source names, by perpetrator (no numbers), and rates
 * measured in surveys, one panel per sample so that rates of different samples never share a bar.
 */

/** A form of abuse a source names; `perpetrator` undefined when it names none. */
export interface NamedInput {
  form: string;
  perpetrator?: string;
  quote?: string;
  /** Language of the quote, when the source gives one (the report's are in English). */
  quoteLang?: string;
  /** Said after the point, so a listener hears where it comes from, in its language. */
  sourceTitle?: string;
  sourceLang?: string;
}

/** A measured count or rate (percent), with the sample it comes from. */
export interface MeasuredInput {
  form: string;
  perpetrator?: string;
  kind: 'count' | 'rate';
  value: number;
  n?: number;
  population?: string;
  place?: string;
  /** As the reader sees it: "2015–2017". */
  years?: string;
  partOf?: string;
  /** Records of one sample share a source; two sources are two samples even when n agrees. */
  sourceTitle: string;
  sourceLang?: string;
}

export interface MatrixColumn {
  label: string;
  /** The column of forms whose perpetrator the source does not name. */
  unspecified: boolean;
}

export interface MatrixCell {
  column: number;
  /** Letter of the cell's quote in the list under the chart. */
  key?: string;
  /** Index of the cell among the focus points. */
  point: number;
}

export interface MatrixRow {
  form: string;
  /** Only the cells the source names, by column. */
  cells: MatrixCell[];
}

export interface MatrixLayout {
  view: 'report';
  /** A grid of forms by perpetrator where it fits; below that, a list of forms with their perpetrators. */
  mode: 'grid' | 'list';
  width: number;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  quotes: { key: string; text: string; lang?: string }[];
  points: SpokenPoint[];
}

export interface Tick {
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

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
  panels: MeasuredPanel[];
  points: SpokenPoint[];
}

/**
 * Below these widths a grid column cannot hold its heading at 14 px without breaking a word, so the
 * report view becomes a list. A heading's longest word sets its column's width (about 8.5 px a
 * letter in bold, Cyrillic included, plus the cell's padding).
 */
const COLUMN_MIN = 92;
const FORM_COLUMN_MIN = 200;
const LETTER = 8.5;
const columnWidth = (label: string) =>
  Math.max(COLUMN_MIN, Math.max(...label.split(/\s+/).map((word) => word.length)) * LETTER + 16);
/** Pixels per tick label on the count scale, as in the other elements. */
const TICK_SPACING = 80;

/** The letter of the `i`-th quote: A…Z, then AA, AB… */
export function quoteKey(i: number): string {
  const letter = String.fromCharCode(65 + (i % 26));
  return i < 26 ? letter : quoteKey(Math.floor(i / 26) - 1) + letter;
}

/** "2015/2017" as "2015–2017"; a single year as it is. */
export const formatYears = (date: string): string => date.replace('/', '–');

/** The rate a count is of its sample, and whether one decimal states it exactly. */
export function computedRate(count: number, n: number): { rate: number; exact: boolean } {
  const rate = (count / n) * 100;
  return { rate, exact: Math.abs(Math.round(rate * 10) / 10 - rate) < 1e-9 };
}

const percent = (value: number, lang: Lang) => t(lang, 'percent', { value: formatNumber(value, lang) });

/**
 * What the reader sees for a measured figure: "28 %", "12 of 40 = 30 %", "7 of 30 ≈ 23.3 %", or a
 * count with no rate when the sample size is not known.
 */
export function formatMeasure({ kind, value, n }: Pick<MeasuredInput, 'kind' | 'value' | 'n'>, lang: Lang): string {
  if (kind === 'rate') return percent(value, lang);
  const count = formatNumber(value, lang);
  if (n === undefined) return t(lang, 'violenceNoRate', { count });
  const { rate, exact } = computedRate(value, n);
  const rateText = percent(exact ? rate : Math.round(rate * 10) / 10, lang);
  return t(lang, exact ? 'violenceOf' : 'violenceOfAbout', { count, n: formatNumber(n, lang), rate: rateText });
}

/** The rate drawn for a figure, or undefined when it has none (a count without n). */
export function rateOf({ kind, value, n }: Pick<MeasuredInput, 'kind' | 'value' | 'n'>): number | undefined {
  if (kind === 'rate') return value;
  return n === undefined ? undefined : computedRate(value, n).rate;
}

/** "n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017". */
export function sampleText(input: Pick<MeasuredInput, 'n' | 'population' | 'place' | 'years'>, lang: Lang): string {
  const n = input.n === undefined ? t(lang, 'violenceNNotStated') : t(lang, 'violenceN', { n: formatNumber(input.n, lang) });
  return [n, input.population, input.place, input.years].filter(Boolean).join(', ');
}

/** The label of a figure: "Clients: Violence", or the form and "perpetrator not specified". */
export function figureLabel({ form, perpetrator }: { form: string; perpetrator?: string }, lang: Lang): string {
  return t(lang, 'violencePair', { perpetrator: perpetrator ?? t(lang, 'violenceUnspecifiedHeading'), form });
}

/** The key of a figure's sample: figures of one sample may be compared; of two, never combined. */
export const sampleKey = (input: MeasuredInput): string =>
  JSON.stringify([rateOf(input) === undefined ? 'count' : 'rate', input.n, input.population, input.place, input.years, input.sourceTitle]);

/**
 * The report view: forms of abuse (rows, in the order first named) by perpetrator (columns, in
 * the order first named, "perpetrator not specified" last). A grid where every column fits, else
 * a list. Quotes get letters in the order they are first cited.
 */
export function layoutMatrix(records: NamedInput[], width: number, lang: Lang): MatrixLayout {
  const named = unique(records.flatMap((r) => (r.perpetrator === undefined ? [] : [r.perpetrator])));
  const columns: MatrixColumn[] = named.map((label) => ({ label, unspecified: false }));
  if (records.some((r) => r.perpetrator === undefined)) {
    columns.push({ label: t(lang, 'violenceUnspecifiedHeading'), unspecified: true });
  }
  const langOf = new Map(records.flatMap((r) => (r.quote && r.quoteLang ? [[r.quote, r.quoteLang] as const] : [])));
  const quotes = unique(records.flatMap((r) => (r.quote ? [r.quote] : []))).map((text, i) => ({
    key: quoteKey(i),
    text,
    ...(langOf.has(text) ? { lang: langOf.get(text) } : {}),
  }));
  const keyOf = new Map(quotes.map(({ key, text }) => [text, key]));
  const forms = unique(records.map((r) => r.form));
  const points: SpokenPoint[] = [];
  const rows = forms.map((form): MatrixRow => {
    const byColumn = new Map<number, NamedInput>();
    for (const record of records.filter((r) => r.form === form)) {
      const column = record.perpetrator === undefined ? columns.length - 1 : named.indexOf(record.perpetrator);
      if (!byColumn.has(column)) byColumn.set(column, record);
    }
    const cells = [...byColumn.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, record]): MatrixCell => {
        const text =
          record.perpetrator === undefined
            ? t(lang, 'violenceUnspecifiedPoint', { form })
            : t(lang, 'violenceNamedPoint', { perpetrator: record.perpetrator, form });
        const quoted = record.quote ? t(lang, 'violenceQuoted', { text, quote: record.quote }) : text;
        points.push(withSource(quoted, record));
        return { column, ...(record.quote ? { key: keyOf.get(record.quote) } : {}), point: points.length - 1 };
      });
    return { form, cells };
  });
  const needed = FORM_COLUMN_MIN + columns.reduce((sum, column) => sum + columnWidth(column.label), 0);
  const mode = width >= needed ? 'grid' : 'list';
  return { view: 'report', mode, width, columns, rows, quotes, points };
}

/** A focus point's text and, when known, its source. */
function withSource(text: string, { sourceTitle, sourceLang }: { sourceTitle?: string; sourceLang?: string }): SpokenPoint {
  return sourceTitle ? { text, source: { title: sourceTitle, ...(sourceLang ? { lang: sourceLang } : {}) } } : { text };
}

/**
 * The measured view: one panel per sample. Rates are bars on a 0-100 % scale, each on its own;
 * shares of one whole (same `partOf`, same sample) are one 100 % bar. Counts with no `n` have no
 * rate, so they get a panel of their own on a count scale.
 */
export function layoutMeasured(records: MeasuredInput[], width: number, lang: Lang): MeasuredLayout {
  const groups = new Map<string, MeasuredInput[]>();
  for (const record of records) {
    const key = sampleKey(record);
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const points: SpokenPoint[] = [];
  const panels = [...groups.values()].map((members): MeasuredPanel => {
    const measure = rateOf(members[0]) === undefined ? 'count' : 'rate';
    const sample = measure === 'count' ? t(lang, 'violenceCountsPanel') : sampleText(members[0], lang);
    const pointText = (label: string, record: MeasuredInput) =>
      withSource(t(lang, 'violencePoint', { label, value: formatMeasure(record, lang), sample: sampleText(record, lang) }), record);
    const reach = Math.max(...members.map((m) => m.value));
    const countScale = linearScale([0, reach > 0 ? reach : 1], [0, width]);
    const x = measure === 'rate' ? (v: number) => (v / 100) * width : countScale;
    const items: (BarItem | WholeItem)[] = [];
    const wholes = new Map<string, WholeItem>();
    for (const record of members) {
      const label = figureLabel(record, lang);
      if (measure === 'rate' && record.partOf !== undefined) {
        let whole = wholes.get(record.partOf);
        if (!whole) {
          whole = { type: 'whole', label: t(lang, 'violenceWhole', { whole: record.partOf }), segments: [] };
          wholes.set(record.partOf, whole);
          items.push(whole);
        }
        const x0 = whole.segments.at(-1)?.x1 ?? 0;
        const x1 = x0 + x(rateOf(record)!);
        points.push(pointText(`${record.partOf}, ${label}`, record));
        const pattern = whole.segments.length % 3;
        whole.segments.push({ label, valueText: formatMeasure(record, lang), x0, x1, pattern, point: points.length - 1 });
        continue;
      }
      points.push(pointText(label, record));
      const end = measure === 'rate' ? x(rateOf(record)!) : x(record.value);
      items.push({ type: 'bar', label, valueText: formatMeasure(record, lang), x: end, point: points.length - 1 });
    }
    for (const whole of wholes.values()) {
      const end = whole.segments.at(-1)!.x1;
      if (width - end > 0.5) whole.rest = { x0: end, x1: width };
    }
    return { measure, sample, items, ticks: measure === 'rate' ? rateTicks(width, lang) : countTicks(countScale, width, lang) };
  });
  return { view: 'measured', width, panels, points };
}

/** 0, 50 and 100 % on a phone; quarters where there is room. */
function rateTicks(width: number, lang: Lang): Tick[] {
  const values = width >= 400 ? [0, 25, 50, 75, 100] : [0, 50, 100];
  return values.map((value) => ({
    x: (value / 100) * width,
    text: percent(value, lang),
    anchor: value === 0 ? 'start' : value === 100 ? 'end' : 'middle',
  }));
}

function countTicks(x: ReturnType<typeof linearScale>, width: number, lang: Lang): Tick[] {
  const maxTicks = Math.max(2, Math.floor(width / TICK_SPACING));
  let values = x.ticks(maxTicks);
  while (values.length > maxTicks) values = values.filter((_, i) => i % 2 === 0);
  return values.map((value) => {
    const at = x(value);
    const anchor = at < TICK_SPACING / 2 ? 'start' : at > width - TICK_SPACING / 2 ? 'end' : 'middle';
    return { x: at, text: formatNumber(value, lang), anchor } as const;
  });
}

/**
 * One sentence or two. Report view: which forms are tied to which perpetrators, and which are not
 * tied to anyone. Measured view: each sample with its figures.
 */
export function summarizeNamed(records: NamedInput[], lang: Lang): string {
  const sep = t(lang, 'listSeparator');
  const forms = unique(records.map((r) => r.form));
  const tied = forms.flatMap((form) => {
    const who = unique(records.filter((r) => r.form === form && r.perpetrator !== undefined).map((r) => r.perpetrator!));
    return who.length ? [t(lang, 'violenceTied', { form, perpetrators: who.join(', ') })] : [];
  });
  const untied = forms.filter((form) => records.some((r) => r.form === form && r.perpetrator === undefined));
  return [
    tied.length ? t(lang, 'violenceSummaryNamed', { list: tied.join(sep) }) : '',
    untied.length ? t(lang, 'violenceSummaryUnspecified', { list: untied.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function summarizeMeasured(records: MeasuredInput[], lang: Lang): string {
  const groups = new Map<string, MeasuredInput[]>();
  for (const record of records) groups.set(sampleKey(record), [...(groups.get(sampleKey(record)) ?? []), record]);
  return [...groups.values()]
    .map((members) =>
      t(lang, 'violenceSummarySample', {
        sample: sampleText(members[0], lang),
        items: members.map((m) => `${figureLabel(m, lang)} ${formatMeasure(m, lang)}`).join(t(lang, 'listSeparator')),
      }),
    )
    .join(' ');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
