// Lists the events the charts fire, so a developer sees the contract at work.
const log = document.getElementById('events');
for (const name of ['chart-rendered', 'chart-error']) {
  document.addEventListener(name, (event) => {
    const detail = event.detail ? ` ${JSON.stringify(event.detail)}` : '';
    log.textContent += `${event.target.localName}: ${name}${detail}\n`;
  });
}

// A reader's settings and a theme's typography, one stylesheet each, to see the isolation contract:
// rules aimed at every element reach the charts' text, inherited typography does not.
const readerStyles = {
  spacing: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
  larger: 'html { font-size: 150% }',
  theme: 'body { letter-spacing: 3px; word-spacing: 8px; line-height: 2.4; font-family: Georgia, serif; text-transform: uppercase }',
};
for (const input of document.querySelectorAll('#reader input')) {
  const style = document.createElement('style');
  style.textContent = readerStyles[input.name];
  input.addEventListener('change', () => (input.checked ? document.head.append(style) : style.remove()));
}
