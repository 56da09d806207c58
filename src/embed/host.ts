// The host script of the iframe embeds (dist/embed/host.js): on the page around them, it sets each
// embed's iframe to the height its chart reports, the responsive-embed pattern of Pym.js and
// Datawrapper. A message counts only when it comes from the window inside one of the page's
// iframes, and it sizes that iframe alone, so no other frame or window can resize anything.
import { isHeightMessage, MEASURE } from './messages.js';

addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(event.data.height)}px`;
  }
});

// Embeds that drew before this script ran have reported their height to no one yet.
for (const frame of document.querySelectorAll('iframe')) frame.contentWindow?.postMessage({ type: MEASURE }, '*');
