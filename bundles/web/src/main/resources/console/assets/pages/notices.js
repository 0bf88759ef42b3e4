// 通知公告: notices a level sends to the units below it, which each unit signs for. The list shows how many have
// signed; a notice's page lists every addressed unit in scope, can show only those who have not signed, and lets
// an account sign for its own unit. Administrators issue notices from the current scope unit to its direct units.
import { h, clear, field } from '../dom.js';
import { formatDate } from '../format.js';

const TEXT = {
  intro: { zhCN: '上级向下级单位发布通知，各单位逐一签收。', en: 'Notices from a level to the units below it; each unit signs for them.' },
  issue: { zhCN: '发布通知', en: 'Issue a notice' },
  issueHint: { zhCN: '从当前范围单位发给其直属下级单位。', en: 'From the current scope unit to the units directly below it.' },
  title: { zhCN: '标题', en: 'Title' },
  body: { zhCN: '正文', en: 'Text' },
  issuer: { zhCN: '发布单位', en: 'From' },
  issuedAt: { zhCN: '发布时间', en: 'Issued' },
  signedOf: { zhCN: '签收情况', en: 'Signed' },
  empty: { zhCN: '暂无通知。', en: 'No notices.' },
  unit: { zhCN: '单位', en: 'Unit' },
  state: { zhCN: '状态', en: 'State' },
  signed: { zhCN: '已签收', en: 'Signed' },
  unsigned: { zhCN: '未签收', en: 'Not signed' },
  signedBy: { zhCN: '签收人', en: 'Signed by' },
  sign: { zhCN: '签收', en: 'Sign' },
  onlyUnsigned: { zhCN: '只看未签收', en: 'Not signed only' },
  back: { zhCN: '返回通知列表', en: 'Back to notices' },
  issued: { zhCN: '通知已发布。', en: 'The notice was issued.' },
};
const ISSUERS = ['SYSTEM_ADMIN', 'DISTRICT_ADMIN', 'UNIT_ADMIN'];

export async function render(container, ctx) {
  if (ctx.params[0]) {
    await renderNotice(container, ctx, ctx.params[0]);
    return;
  }
  const { t, api, lang } = ctx;
  const tbody = h('tbody', {});
  const table = h('table', { class: 'data-table', id: 'notices-table' },
    h('thead', {}, h('tr', {}, [TEXT.title, TEXT.issuer, TEXT.issuedAt, TEXT.signedOf].map((c) => h('th', { scope: 'col', text: t(c) })))),
    tbody);
  container.append(h('p', { class: 'intro', text: t(TEXT.intro) }));
  if (ctx.unit && ctx.roles.some((r) => ISSUERS.includes(r))) container.append(issueForm(ctx, () => load()));
  container.append(h('section', { class: 'panel' }, h('div', { class: 'table-scroll' }, table)));

  async function load() {
    const page = await api('notices?size=100');
    clear(tbody);
    if (!page.items.length) tbody.append(h('tr', {}, h('td', { colspan: 4, class: 'muted', text: t(TEXT.empty) })));
    for (const n of page.items) {
      tbody.append(h('tr', {},
        h('td', {}, h('a', { href: `#/notices/${n.id}`, text: n.title })),
        h('td', { text: n.organizationName || '—' }),
        h('td', { text: formatDate(n.issuedAt, lang) }),
        h('td', { class: 'num', text: `${n.signed} / ${n.addressed}` })));
    }
  }
  await load();
}

function issueForm(ctx, reload) {
  const { t, api } = ctx;
  const title = h('input', { type: 'text', id: 'notice-title', maxlength: 200, required: true });
  const body = h('textarea', { id: 'notice-body', rows: 4, maxlength: 8000 });
  const form = h('form', { class: 'stacked-form', id: 'notice-form' },
    h('h2', { text: t(TEXT.issue) }), h('p', { class: 'muted', text: `${t(TEXT.issueHint)} ${ctx.unit.name}` }),
    field(t(TEXT.title), title), field(t(TEXT.body), body),
    h('button', { type: 'submit', class: 'primary', text: t(TEXT.issue) }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('notices', { method: 'POST', body: { organizationId: ctx.unit.id, title: title.value, body: body.value || null } });
      form.reset();
      ctx.notify(t(TEXT.issued), 'success');
      await reload();
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  return h('section', { class: 'panel' }, form);
}

async function renderNotice(container, ctx, id) {
  const { t, api, lang } = ctx;
  const notice = await api(`notices/${encodeURIComponent(id)}`);
  const onlyUnsigned = h('input', { type: 'checkbox', id: 'receipts-unsigned' });
  const tbody = h('tbody', {});
  container.append(h('p', {}, h('a', { href: '#/notices', text: t(TEXT.back) })),
    h('section', { class: 'panel' }, h('h2', { text: notice.title }),
      h('p', { class: 'muted', text: `${notice.organizationName || ''} · ${formatDate(notice.issuedAt, lang)} · ${t(TEXT.signedOf)} ${notice.signed} / ${notice.addressed}` }),
      notice.body ? h('p', { class: 'notice-body', text: notice.body }) : null),
    h('section', { class: 'panel' }, h('label', {}, onlyUnsigned, ` ${t(TEXT.onlyUnsigned)}`),
      h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', id: 'receipts-table' },
        h('thead', {}, h('tr', {}, [TEXT.unit, TEXT.state, TEXT.signedBy, ''].map((c) => h('th', { scope: 'col', text: c ? t(c) : '' })))),
        tbody))));

  async function load() {
    const receipts = await api(`notices/${notice.id}/receipts${onlyUnsigned.checked ? '?signed=false' : ''}`);
    clear(tbody);
    for (const r of receipts) {
      const own = ctx.account && ctx.account.organizationId === r.unitId;
      tbody.append(h('tr', {},
        h('td', { text: r.unitName || String(r.unitId) }),
        h('td', { text: t(r.signed ? TEXT.signed : TEXT.unsigned) }),
        h('td', { text: r.signed ? `${r.signedBy} · ${formatDate(r.signedAt, lang)}` : '—' }),
        h('td', {}, own && !r.signed ? h('button', { type: 'button', class: 'primary', id: 'notice-sign', text: t(TEXT.sign), onClick: async () => {
          try {
            await api(`notices/${notice.id}/receipts/${r.unitId}/sign`, { method: 'POST' });
            await load();
          } catch (e) {
            ctx.notify(e.message);
          }
        } }) : null)));
    }
  }
  onlyUnsigned.addEventListener('change', () => load().catch((e) => ctx.notify(e.message)));
  await load();
}
