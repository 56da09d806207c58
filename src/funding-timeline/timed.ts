import type { Lang } from '../data/types.js';
import type { SpokenPoint } from '../internal/chart-element.js';
import { formatMoney, localize, writtenOnce } from '../internal/i18n.js';
import { own } from '../internal/own.js';
import { formatDate, formatKind, formatPeriod, periodOf, type TimePoint } from './format.js';
import type { TimelineData, TimelineEntry } from './read.js';

/** An entry with its period, in the order the timeline reads: by date, then as given. */
export interface TimedEntry {
  entry: TimelineEntry;
  index: number;
  start: TimePoint;
  end?: TimePoint;
}

const ordered = new WeakMap<TimelineData, TimedEntry[]>();

/**
 * The entries with their periods, in date order: read and sorted once per data, for every width, the
 * summary and the table (issue 17: a width change runs nothing that does not depend on width).
 */
export function inDateOrder(data: TimelineData): TimedEntry[] {
  let entries = ordered.get(data);
  if (!entries) {
    entries = data.entries
      .map((entry, index) => ({ entry, index, ...periodOf(entry) }))
      .sort((a, b) => a.start.start - b.start.start || a.index - b.index);
    ordered.set(data, entries);
  }
  return entries;
}

/** What a mark says: its text, then its source in the source's language. */
export function spoken(text: string, { source }: TimelineEntry): SpokenPoint {
  const lang = own(source, 'lang');
  return { text, source: { title: source.title, ...(lang ? { lang } : {}) } };
}

/** An entry's words in the reader's language. */
export interface EntryWords {
  label: string;
  /** "2012", "Dec 1, 2003 – mid-2005", "from Dec 1, 2003, end not stated". */
  period: string;
  /** Its kind: "Event", "Grant total". */
  kind: string;
  /** An amount's amount: "22,360,000 US dollars". */
  amount?: string;
  /** Its kind, and for an amount the amount: "Event", "Grant total: 22,360,000 US dollars". */
  head: string;
  /** What its point says, before its source. */
  point: string;
}

/**
 * An entry's words, written once for each language: they depend on neither width nor view, and the
 * charts of one page share the report's entries.
 */
export const wordsOf = (timed: TimedEntry, lang: Lang): EntryWords => writtenOnce(timed.entry, lang, () => write(timed, lang));

function write({ entry, start, end }: TimedEntry, lang: Lang): EntryWords {
  const label = localize(entry.label, lang);
  const kind = formatKind(entry.kind, lang);
  if (entry.kind === 'event') {
    const period = formatDate(start, lang);
    // Its own amount, if only undefined: a page's Object.prototype.amount is never read as one.
    return { label, kind, amount: undefined, period, head: kind, point: `${label}: ${period}` };
  }
  const period = formatPeriod(start, end, end === undefined, lang);
  const amount = formatMoney(own(entry, 'value')!, own(entry, 'currency')!, lang, own(entry, 'notation'));
  const head = `${kind}: ${amount}`;
  return { label, kind, amount, period, head, point: `${head}, ${period}, ${label}` };
}
