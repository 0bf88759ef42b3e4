// The unread count in the top bar: a link to the inbox page that says how many notifications wait. Pages that
// change read state call refreshInboxBadge() so the number follows at once.
import { h } from './dom.js';

let current = null;

/** The badge element for the top bar; it fills itself in. */
export function inboxBadge(api, t) {
  const count = h('span', { class: 'inbox-count', id: 'inbox-count', 'aria-live': 'polite' });
  const link = h('a', { href: '#/inbox', class: 'link-button inbox-link', id: 'inbox-link' },
    h('span', { text: t({ zhCN: '消息', en: 'Inbox' }) }), count);
  current = { api, t, count, link };
  refreshInboxBadge();
  return link;
}

export async function refreshInboxBadge() {
  if (!current) return;
  const { api, t, count, link } = current;
  try {
    const { unread } = await api('notifications/count');
    count.textContent = unread > 0 ? ` ${unread}` : '';
    link.setAttribute('aria-label', t({ zhCN: `消息，${unread} 条未读`, en: `Inbox, ${unread} unread` }));
  } catch {
    // the count is a convenience: without it the inbox page still works
    count.textContent = '';
  }
}
