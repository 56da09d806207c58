import { fundingTimeline } from '../data/report.js';
import type { TimelineEntry } from './read.js';

/**
 * The report's entries in the shape the reader gives a page's (read.ts), without it: the report's
 * data is drawn on every page, where the reader is loaded with a page's own data. A unit test checks
 * that the reader reads the report's figures into the same entries. Their texts stay the report's,
 * read in the languages the page has when shown, as the other elements' report data.
 */
export const reportEntries = (): TimelineEntry[] =>
  // A span "2018/2020" is a start and an end; an amount's kind is its `subkind`.
  fundingTimeline.map(({ id, kind, subkind, date, ...entry }) => {
    const [start, end] = date!.split('/');
    return { ...entry, kind: subkind ?? 'event', date: start, ...(end && { end }) };
  });
