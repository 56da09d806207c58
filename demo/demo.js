// Lists the events the charts fire, so a developer sees the contract at work.
const log = document.getElementById('events');
for (const name of ['chart-rendered', 'chart-error']) {
  document.addEventListener(name, (event) => {
    const detail = event.detail ? ` ${JSON.stringify(event.detail)}` : '';
    log.textContent += `${event.target.localName}: ${name}${detail}\n`;
  });
}
