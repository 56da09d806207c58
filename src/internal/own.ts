/*
 * Own fields of data: what the charts read of data already read, on every page, also when no data
 * is given. The readers of data a page gives (validate.ts) are loaded with it, on first use.
 */

export type Row = Record<string, unknown>;

export const has = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * An optional field of data already read, as an own property only: on a page that has polluted
 * Object.prototype with a `url` or `quote`, a source without one must not inherit a link or words it
 * never had.
 */
export const own = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  has(object, key) ? object[key] : undefined;

export const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
