/**
 * Script-like text a person could put in any field: each payload, if it ever ran, would set
 * `window.__hostile`. URL_PAYLOADS go where a source URL goes.
 */
export const PAYLOADS = [
  `<img src=x onerror="window.__hostile='img'">`,
  `<script>window.__hostile='script'</script>`,
  `<iframe src="javascript:parent.__hostile='iframe'"></iframe>`,
  `<svg onload="window.__hostile='svg'"></svg>`,
  `"><img src=x onerror=window.__hostile='break'>`,
  `'><script>window.__hostile='break2'</script>`,
  `</text><script>window.__hostile='svg-text'</script>`,
  `</blockquote></td></tr></table><img src=x onerror=window.__hostile='table'>`,
  `<style>*{display:none}</style><link rel=stylesheet href=x>`,
  `<object data="javascript:window.__hostile='object'"></object><embed src=x>`,
  `\${window.__hostile='template-literal'}`,
  `{{constructor.constructor('window.__hostile="angular"')()}}`,
  `<!--?lit$1234$--><b onmouseover="window.__hostile='lit-marker'">x</b>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__hostile='mxss'>`,
  `javascript:window.__hostile='href'`,
  `\u202e<img src=x onerror=window.__hostile='rtl'>\u200b`,
];

export const URL_PAYLOADS = [
  `javascript:window.__hostile='url'`,
  ` JaVaScRiPt:window.__hostile='url2'`,
  `java\tscript:window.__hostile='url3'`,
  `data:text/html,<script>window.__hostile='data'</script>`,
  `vbscript:msgbox(1)`,
  `https://example.org/"><img src=x onerror=window.__hostile='url-break'>`,
];
