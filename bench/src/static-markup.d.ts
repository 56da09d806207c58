/** A chart as the kit drew it, as HTML that draws it again with no script (static-markup.js). */
export function staticMarkup(chart: Element): string;
