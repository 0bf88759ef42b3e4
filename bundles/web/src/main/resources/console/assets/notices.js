// The message area above the page: errors as alerts (read out at once), the rest as status messages. Also the
// last resort for failures nobody caught (an unhandled rejection or error), which are shown rather than lost.
import { h, clear } from './dom.js';

let translate = (key) => key;

/** The translator the close button's label and the "unexpected error" prefix come from (the console's language). */
export function useTranslator(t) {
  translate = t;
}

/** Shows a message above the page: errors as alerts (read out at once), the rest as status messages. */
export function notify(message, kind = 'error') {
  const area = document.getElementById('notices');
  if (!area) return;
  if (kind !== 'error') {
    // one status line at a time: "installing…" gives way to "installed"
    for (const old of area.querySelectorAll('.notice-info, .notice-success')) old.remove();
  }
  const box = h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('span', { class: 'notice-text', text: message }),
    h('button', { type: 'button', class: 'notice-close', 'aria-label': translate('app.close'), text: '×',
      onClick: () => box.remove() }));
  area.append(box);
}

export function clearNotices() {
  const area = document.getElementById('notices');
  if (area) clear(area);
}

window.addEventListener('unhandledrejection', (event) => {
  notify(`${translate('error.unexpected')} ${event.reason && event.reason.message ? event.reason.message : event.reason}`);
});
window.addEventListener('error', (event) => {
  notify(`${translate('error.unexpected')} ${event.message}`);
});
