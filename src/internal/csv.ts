import { csvParseRows, dsvFormat } from 'd3-dsv';
import { lineBreaks } from './parse.js';
import { DECIMAL_COMMA, MAX_ROWS, tooManyRows } from './validate.js';

/**
 * Parses CSV into records whose values are strings. Accepts a byte-order mark, CRLF, quoted fields,
 * and the `;`-separated dialect with decimal commas that Excel writes in Kazakhstan and Russia.
 * Cells stay as written; each record remembers its dialect (under DECIMAL_COMMA, not enumerable), so
 * that `readNumber` reads `0,11` as 0.11 in a `;` file and `19,606` as 19606 in a `,` file, while a
 * label that happens to read "1,000" stays as it is.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const body = text.replace(/^\uFEFF/, '');
  // A file of far more lines than a chart reads is refused before it is parsed: a quoted cell may
  // hold line breaks, so only a count well past the row cap is sure to hold too many rows.
  if (lineBreaks(body, '\n') > 4 * MAX_ROWS || lineBreaks(body, '\r') > 4 * MAX_ROWS) throw tooManyRows();
  // The dialect is read from the header: the first line with any content, blank lines skipped.
  const header = body.match(/^.*[^\s,;].*$/m)?.[0] ?? '';
  const semicolons = header.split(';').length;
  const useSemicolons = semicolons > header.split(',').length;
  const rows = useSemicolons ? dsvFormat(';').parseRows(body) : csvParseRows(body);
  const [columns = [], ...records] = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const names = columns.map((name) => name.trim());
  return records.map((cells) => {
    // fromEntries defines own properties, so a "__proto__" column cannot reach the prototype.
    const record: Record<string, string> = Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
    return Object.defineProperty(record, DECIMAL_COMMA, { value: useSemicolons });
  });
}
