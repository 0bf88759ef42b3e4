// The signed-in account's notifications: newest first, unread ones marked, each can be read (opening its link) or
// removed from this account's inbox. Reading and removing are the account's own and change nobody else's inbox.
import { h, clear } from '../dom.js';
import { formatDate } from '../format.js';
import { refreshInboxBadge } from '../inbox-badge.js';

const TEXT = {
  intro: { zhCN: '各模块发给您、您的角色或您所在单位的提醒和待办。', en: 'Reminders and tasks sent to you, your role or your unit by the modules.' },
  unreadOnly: { zhCN: '只看未读', en: 'Unread only' },
  readAll: { zhCN: '全部标为已读', en: 'Mark all read' },
  read: { zhCN: '标为已读', en: 'Mark read' },
  open: { zhCN: '查看', en: 'Open' },
  dismiss: { zhCN: '移除', en: 'Remove' },
  empty: { zhCN: '没有消息。', en: 'No notifications.' },
  unread: { zhCN: '未读', en: 'Unread' },
  due: { zhCN: '期限', en: 'Due' },
  more: { zhCN: '更多', en: 'More' },
};

export async function render(container, ctx) {
  const { t, api, lang } = ctx;
  // "unread only" lives in the address (#/inbox?unread=true): Back and reload keep it
  const unreadOnly = h('input', { type: 'checkbox', id: 'inbox-unread', checked: ctx.query.get('unread') === 'true' });
  const list = h('ul', { class: 'inbox-list', id: 'inbox-list' });
  const more = h('button', { type: 'button', id: 'inbox-more', text: t(TEXT.more), hidden: true });
  let page = 0;

  async function load(reset) {
    if (reset) {
      page = 0;
      clear(list);
    }
    const result = await api(`notifications?size=50&page=${page}&unread=${unreadOnly.checked}`);
    if (reset && result.items.length === 0) list.append(h('li', { class: 'muted', text: t(TEXT.empty) }));
    for (const n of result.items) list.append(item(n));
    more.hidden = (page + 1) * 50 >= result.total;
  }

  function item(n) {
    const actions = h('div', { class: 'actions' });
    const li = h('li', { class: n.read ? 'inbox-item' : 'inbox-item unread', dataset: { id: n.id } },
      h('strong', { text: `${n.read ? '' : `[${t(TEXT.unread)}] `}${t(n.title)}` }),
      n.body ? h('p', { text: t(n.body) }) : null,
      h('p', { class: 'muted', text: `${formatDate(n.createdAt, lang)}${n.dueAt ? ` · ${t(TEXT.due)}${t('p.colon')}${formatDate(n.dueAt, lang)}` : ''}` }),
      actions);
    const act = (label, fn) => h('button', { type: 'button', text: t(label), onClick: async () => {
      try {
        await fn();
        await refreshInboxBadge();
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
    if (n.link) actions.append(act(TEXT.open, async () => { await api(`notifications/${n.id}/read`, { method: 'POST' }); ctx.navigate(n.link); }));
    if (!n.read) actions.append(act(TEXT.read, async () => { await api(`notifications/${n.id}/read`, { method: 'POST' }); li.replaceWith(item({ ...n, read: true })); }));
    actions.append(act(TEXT.dismiss, async () => { await api(`notifications/${n.id}/dismiss`, { method: 'POST' }); li.remove(); }));
    return li;
  }

  const readAll = h('button', { type: 'button', id: 'inbox-read-all', text: t(TEXT.readAll), onClick: async () => {
    try {
      await api('notifications/read-all', { method: 'POST' });
      await refreshInboxBadge();
      await load(true);
    } catch (e) {
      ctx.notify(e.message);
    }
  } });
  unreadOnly.addEventListener('change', () => {
    ctx.mergeQuery({ unread: unreadOnly.checked ? 'true' : null });
    load(true).catch((e) => ctx.notify(e.message));
  });
  more.addEventListener('click', () => { page += 1; load(false).catch((e) => ctx.notify(e.message)); });
  container.append(h('p', { class: 'intro', text: t(TEXT.intro) }),
    h('div', { class: 'actions' }, h('label', {}, unreadOnly, ` ${t(TEXT.unreadOnly)}`), readAll),
    h('section', { class: 'panel' }, list, more));
  await load(true);
}
