// 大屏: the command centre's display. Preview the big screen of the scope, and manage the display tokens that let a
// display show it without a sign-in: make one (its address is shown once, to open on the display), see when each
// was last used, revoke one (the display then asks for a new one at its next refresh).
import { h, field } from '../dom.js';
import { formDialog, confirmDialog } from '../kit/dialog.js';
import { table } from '../kit/table.js';
import { dateTime } from '../kit/format.js';

const T = {
  intro: { zhCN: '大屏在指挥中心的显示器上全屏显示本单位的主要数据，每分钟自动刷新。为显示器生成一个专用地址后，显示器无需登录；该地址只能查看大屏，随时可以收回。',
    en: 'The big screen shows the unit’s key figures full-screen on the command centre’s display, refreshed every minute. A display address lets the display show it without a sign-in; it shows nothing else and can be revoked at any time.' },
  preview: { zhCN: '预览本范围的大屏', en: 'Preview the scope’s screen' },
  make: { zhCN: '生成显示器地址', en: 'Make a display address' },
  label: { zhCN: '显示器名称', en: 'Display name' },
  labelHint: { zhCN: '如：区委组织部指挥中心大屏', en: 'e.g. the command centre’s wall' },
  made: { zhCN: '请在显示器的浏览器中打开下面的地址（只显示这一次）：', en: 'Open this address in the display’s browser (shown once only):' },
  unit: { zhCN: '单位', en: 'Unit' },
  created: { zhCN: '生成时间', en: 'Made' },
  createdBy: { zhCN: '生成人', en: 'Made by' },
  lastUsed: { zhCN: '最近使用', en: 'Last used' },
  state: { zhCN: '状态', en: 'State' },
  active: { zhCN: '有效', en: 'Active' },
  revoked: { zhCN: '已收回', en: 'Revoked' },
  revoke: { zhCN: '收回', en: 'Revoke' },
  revokeConfirm: { zhCN: '收回后使用此地址的显示器将在下次刷新时停止显示。确定收回吗？', en: 'A display using this address stops at its next refresh. Revoke?' },
};

export async function render(container, ctx) {
  const { t, api } = ctx;
  if (!ctx.unit) return;
  const list = h('div', { id: 'screen-token-list', 'aria-live': 'polite' });
  container.append(h('p', { class: 'intro', text: t(T.intro) }),
    h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'screen-preview', href: `/screen.html?unit=${ctx.unit.id}`, text: t(T.preview) }),
      h('button', { type: 'button', class: 'primary', id: 'screen-token-make', text: t(T.make), onClick: make })),
    list);

  async function make() {
    const label = h('input', { name: 'label', maxlength: 100 });
    const made = await formDialog(ctx, { title: T.make, id: 'screen-token-dialog', fields: [field(t(T.label), label, t(T.labelHint))],
      submit: () => api('display-tokens', { method: 'POST', body: { unitId: ctx.unit.id, label: label.value } }) });
    if (!made) return;
    const address = `${location.origin}/screen.html#token=${made.secret}`;
    await confirmDialog(ctx, { title: T.make, id: 'screen-token-made', message: `${t(T.made)} ${address}` });
    await draw();
  }

  async function draw() {
    const tokens = await api('display-tokens').catch((e) => { ctx.notify(e.message); return []; });
    list.replaceChildren(table(ctx, {
      id: 'screen-token-table', caption: T.make, rows: tokens, rowAttrs: (tk) => ({ dataset: { token: tk.id } }),
      columns: [
        { title: T.label, head: true, render: (tk) => tk.label },
        { title: T.created, render: (tk) => dateTime(ctx, tk.createdAt) },
        { title: T.createdBy, render: (tk) => tk.createdBy },
        { title: T.lastUsed, render: (tk) => dateTime(ctx, tk.lastUsedAt) },
        { title: T.state, render: (tk) => t(tk.revokedAt ? T.revoked : T.active) },
        { title: T.revoke, render: (tk) => (tk.revokedAt ? '—' : h('button', { type: 'button', class: 'link-button danger',
          dataset: { action: 'revoke' }, text: t(T.revoke), onClick: async () => {
            if (!await confirmDialog(ctx, { title: T.revoke, message: T.revokeConfirm, danger: true, confirmText: T.revoke })) return;
            await api(`display-tokens/${encodeURIComponent(tk.id)}`, { method: 'DELETE' }).catch((e) => ctx.notify(e.message));
            await draw();
          } })) },
      ],
    }));
  }
  await draw();
}
