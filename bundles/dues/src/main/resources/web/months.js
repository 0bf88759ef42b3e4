// 党费收缴: the months of the scope (which organizations opened and settled a month), opening a month, and one
// month with its dues: pay one, pay the selected ones at once, revoke a mistake, settle, reopen.
import { h, field, select, scopeOf, table, pagedTable, pageQuery, dateTime, dateOnly, ifMatch, submitForm, formDialog,
  confirmDialog, unitPicker, download, actor } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, yuan, thisMonth } from './module.js';
import { unmatchedSection } from './unmatched.js';

export async function renderMonths(container, ctx) {
  if (ctx.params[0]) return renderMonth(container, ctx, ctx.params[0]);
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const all = t({ zhCN: '全部', en: 'All' });
  const period = h('input', { type: 'month', id: 'dues-period', name: 'period' });
  const status = select([['', all], ...L.options(SETS.month)], { id: 'dues-month-status' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找月份', en: 'Find months' }) },
    field(t({ zhCN: '月份', en: 'Month' }), period), field(t({ zhCN: '状态', en: 'Status' }), status),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'dues-month-table',
    caption: { zhCN: '收缴月份', en: 'Dues months' },
    load: (paging) => ctx.api(`${API}/months?${pageQuery({ unit, period: period.value, status: status.value }, paging)}`),
    rowAttrs: (m) => ({ dataset: { status: m.status, month: m.id } }),
    emptyText: { zhCN: '还没有开启收缴的月份。', en: 'No month opened yet.' },
    columns: [
      { title: { zhCN: '月份', en: 'Month' }, sort: 'period', head: true,
        render: (m) => h('a', { href: `#/m/dues/months/${m.id}`, text: m.period }) },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (m) => m.organizationName },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (m) => L.label(SETS.month, m.status) },
      { title: { zhCN: '应交人数', en: 'Members' }, class: 'num', render: (m) => String(m.dues - m.exempt) },
      { title: { zhCN: '已交', en: 'Paid' }, class: 'num', render: (m) => String(m.paid) },
      { title: { zhCN: '应交金额', en: 'Expected' }, class: 'num', render: (m) => yuan(m.expected) },
      { title: { zhCN: '实交金额', en: 'Collected' }, class: 'num', render: (m) => yuan(m.collected) },
      { title: { zhCN: '结算时间', en: 'Settled' }, render: (m) => (m.settledAt ? dateTime(ctx, m.settledAt) : '—') },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  const report = h('button', { type: 'button', id: 'dues-report', text: t({ zhCN: '导出收缴报表（XLSX）', en: 'Export the report (XLSX)' }),
    onClick: async () => {
      if (!period.value) return ctx.notify(t({ zhCN: '请先选择月份。', en: 'Choose a month first.' }));
      try {
        await download(ctx, `${API}/months/report?${pageQuery({ unit, period: period.value, format: 'XLSX' })}`, `dues-report-${period.value}.xlsx`);
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
  container.append(h('p', { class: 'muted', text: t({ zhCN: `范围：${ctx.unit.name}`, en: `Scope: ${ctx.unit.name}` }) }), filters,
    h('div', { class: 'actions' }, report));
  if (can(ctx, 'collect')) container.append(openForm(ctx, unit, () => list.reload()));
  container.append(list.element);
  await list.ready;
}

function openForm(ctx, unit, done) {
  const t = ctx.t;
  const org = unitPicker(ctx, { id: 'dues-open-unit', name: 'organizationId',
    caption: t({ zhCN: '党组织（不选则为当前范围）', en: 'Organization (default: the scope)' }) });
  const period = h('input', { type: 'month', id: 'dues-open-period', name: 'period', required: true, value: thisMonth() });
  const cascade = h('input', { type: 'checkbox', id: 'dues-open-cascade', name: 'cascade', checked: true });
  const form = h('form', { class: 'stacked-form panel', id: 'dues-open-form', 'aria-labelledby': 'dues-open-title' },
    h('h2', { id: 'dues-open-title', text: t({ zhCN: '开启收缴月份', en: 'Open a month' }) }),
    org.element, field(t({ zhCN: '月份', en: 'Month' }), period),
    h('label', { class: 'check' }, cascade, t({ zhCN: ' 为下属各党组织分别开启', en: ' Open it for each organization below' })),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '开启并计算应交党费', en: 'Open and compute the dues' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = org.value();
    const result = await submitForm(ctx, form, () => ctx.api(`${API}/months`, { method: 'POST', body: {
      organizationId: chosen.length ? Number(chosen[0]) : unit, period: period.value || null, cascade: cascade.checked } }));
    if (result) {
      const missing = result.missingBases.length;
      ctx.notify(t({ zhCN: `已开启 ${result.opened.length} 个党组织的收缴月份${missing ? `；${missing} 名党员尚无党费基数，未计入` : ''}。`,
        en: `${result.opened.length} month(s) opened${missing ? `; ${missing} member(s) without a base left out` : ''}.` }), 'success');
      done();
    }
  });
  return form;
}

async function renderMonth(container, ctx, id) {
  const t = ctx.t;
  let month;
  let history;
  let L;
  try {
    L = await moduleLabels(ctx);
    [month, history] = await Promise.all([ctx.api(`${API}/months/${encodeURIComponent(id)}`),
      ctx.api(`${API}/months/${encodeURIComponent(id)}/history`)]);
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/m/dues/months', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })));
    ctx.notify(e.message);
    return;
  }
  const again = () => { container.replaceChildren(); renderMonth(container, ctx, id); };
  const facts = [
    [{ zhCN: '党组织', en: 'Organization' }, month.organizationName],
    [{ zhCN: '状态', en: 'Status' }, L.label(SETS.month, month.status)],
    [{ zhCN: '应交 / 已交 / 未交 / 免交', en: 'Dues / paid / unpaid / exempt' }, `${month.dues} / ${month.paid} / ${month.unpaid} / ${month.exempt}`],
    [{ zhCN: '应交金额', en: 'Expected' }, yuan(month.expected)],
    [{ zhCN: '实交金额', en: 'Collected' }, yuan(month.collected)],
    [{ zhCN: '开启', en: 'Opened' }, `${dateTime(ctx, month.openedAt)} · ${actor(ctx, month.openedBy)}`],
    [{ zhCN: '结算', en: 'Settled' }, month.settledAt ? `${dateTime(ctx, month.settledAt)} · ${actor(ctx, month.settledBy)}` : '—'],
  ];
  const steps = h('div', { class: 'actions', id: 'dues-month-actions' });
  if (month.allowedActions.includes('SETTLE') && can(ctx, 'collect')) {
    steps.append(h('button', { type: 'button', class: 'primary', id: 'dues-settle', text: L.label(SETS.action, 'SETTLE'), onClick: async () => {
      const sure = await confirmDialog(ctx, { title: { zhCN: '结算本月', en: 'Settle the month' },
        message: { zhCN: `结算后本月锁定，${month.unpaid} 笔未交党费计为欠缴（之后可补缴）。`,
          en: `Settling locks the month; ${month.unpaid} unpaid due(s) become arrears (back-payments remain possible).` } });
      if (!sure) return;
      try {
        await ctx.api(`${API}/months/${month.id}/settle`, { method: 'POST', body: {}, headers: ifMatch(month.version) });
        ctx.notify(t({ zhCN: '已结算。', en: 'Settled.' }), 'success');
      } catch (e) {
        ctx.notify(e.message);
      }
      again();
    } }));
    steps.append(h('button', { type: 'button', id: 'dues-refresh', text: t({ zhCN: '重新计算', en: 'Recompute' }), onClick: async () => {
      try {
        await ctx.api(`${API}/months/${month.id}/refresh`, { method: 'POST', headers: ifMatch(month.version) });
      } catch (e) {
        ctx.notify(e.message);
      }
      again();
    } }));
  }
  if (month.allowedActions.includes('REOPEN') && can(ctx, 'reopen')) {
    steps.append(h('button', { type: 'button', id: 'dues-reopen', text: L.label(SETS.action, 'REOPEN'), onClick: async () => {
      const note = h('textarea', { name: 'note', required: true, maxlength: '500' });
      const done = await formDialog(ctx, { title: { zhCN: '重新开启', en: 'Reopen' },
        fields: [field(t({ zhCN: '原因', en: 'Reason' }), note)],
        submit: () => ctx.api(`${API}/months/${month.id}/reopen`, { method: 'POST', body: { note: note.value }, headers: ifMatch(month.version) }) });
      if (done) again();
    } }));
  }
  const status = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.due)], { id: 'dues-due-status' });
  const selected = new Set();
  const dues = pagedTable(ctx, {
    id: 'dues-due-table',
    caption: { zhCN: '党员交纳情况', en: 'Members' },
    size: 50,
    load: (paging) => ctx.api(`${API}/months/${month.id}/dues?${pageQuery({ status: status.value }, paging)}`),
    rowAttrs: (d) => ({ dataset: { status: d.status, due: d.id } }),
    columns: [
      { title: { zhCN: '选择', en: 'Pick' }, render: (d) => (d.status === 'UNPAID' && can(ctx, 'collect')
        ? h('input', { type: 'checkbox', 'aria-label': d.memberName, checked: selected.has(d.id),
          onChange: (e) => (e.target.checked ? selected.add(d.id) : selected.delete(d.id)) }) : '') },
      { title: { zhCN: '姓名', en: 'Name' }, sort: 'memberName', head: true,
        render: (d) => h('a', { href: `#/m/dues/statements/${d.memberId}?year=${month.period.slice(0, 4)}`, text: d.memberName }) },
      { title: { zhCN: '类别', en: 'Category' }, render: (d) => L.label(SETS.category, d.category) },
      { title: { zhCN: '应交', en: 'Due' }, sort: 'amountDue', class: 'num', render: (d) => yuan(d.amountDue) },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (d) => L.label(SETS.due, d.status)
        + (d.backPayment ? t({ zhCN: '（补缴）', en: ' (back-payment)' }) : '') },
      { title: { zhCN: '交纳日期', en: 'Paid on' }, sort: 'paidOn', render: (d) => (d.paidOn ? dateOnly(ctx, d.paidOn) : '—') },
      { title: { zhCN: '方式', en: 'Channel' }, render: (d) => (d.channel ? L.label(SETS.channel, d.channel) : '—') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (d) => dueActions(ctx, L, month, d, () => dues.reload(true)) },
    ],
  });
  status.addEventListener('change', () => dues.reload());
  const bulk = h('div', { class: 'actions' });
  if (can(ctx, 'collect')) {
    bulk.append(h('button', { type: 'button', id: 'dues-pay-selected', text: t({ zhCN: '批量登记所选已交', en: 'Record the selected as paid' }),
      onClick: async () => {
        if (!selected.size) return ctx.notify(t({ zhCN: '请先勾选党员。', en: 'Pick members first.' }));
        const fields = paymentFields(ctx, L);
        const done = await formDialog(ctx, { title: { zhCN: `批量登记（${selected.size} 人）`, en: `Record ${selected.size} payment(s)` },
          fields: fields.elements,
          submit: () => ctx.api(`${API}/payments`, { method: 'POST', body: { dueIds: [...selected], ...fields.body() } }) });
        if (done) {
          ctx.notify(t({ zhCN: `已登记 ${done.paid} 笔，共 ${yuan(done.amount)}。`, en: `${done.paid} payment(s), ${yuan(done.amount)}.` }), 'success');
          selected.clear();
          again();
        }
      } }));
  }
  bulk.append(h('button', { type: 'button', id: 'dues-export', text: t({ zhCN: '导出名单（XLSX）', en: 'Export the list (XLSX)' }),
    onClick: () => download(ctx, `${API}/months/${month.id}/export?format=XLSX`, `dues-${month.period}.xlsx`).catch((e) => ctx.notify(e.message)) }));
  const imported = h('div', { id: 'dues-import-result', 'aria-live': 'polite' });
  const kept = unmatchedSection(ctx, L, month, () => dues.reload(true));
  if (can(ctx, 'collect')) bulk.append(importForm(ctx, L, month, imported, () => { dues.reload(true); kept.reload(); }));
  container.append(h('p', {}, h('a', { href: '#/m/dues/months', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })),
    h('h2', { id: 'dues-month-title', text: `${month.organizationName} ${month.period}` }),
    h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v })])), steps,
    field(t({ zhCN: '交纳状态', en: 'Status' }), status), bulk, imported, dues.element, kept.element,
    h('h3', { text: t({ zhCN: '办理记录', en: 'History' }) }),
    h('ol', { id: 'dues-month-history' }, history.map((s) => h('li', { text: `${dateTime(ctx, s.at)} ${L.label(SETS.action, s.action)} · ${actor(ctx, s.actor)}${s.note ? ` · ${s.note}` : ''}` }))));
  await Promise.all([dues.ready, kept.reload()]);
}

function paymentFields(ctx, L) {
  const t = ctx.t;
  const today = new Date().toISOString().slice(0, 10);
  const paidOn = h('input', { type: 'date', name: 'paidOn', required: true, value: today });
  const channel = select(L.options(SETS.channel), { name: 'channel' });
  const note = h('input', { name: 'note', maxlength: '500' });
  return {
    elements: [field(t({ zhCN: '交纳日期', en: 'Paid on' }), paidOn), field(t({ zhCN: '交纳方式', en: 'Channel' }), channel),
      field(t({ zhCN: '备注', en: 'Note' }), note)],
    body: () => ({ paidOn: paidOn.value || null, channel: channel.value, note: note.value || null }),
  };
}

function dueActions(ctx, L, month, due, reload) {
  const t = ctx.t;
  if (!can(ctx, 'collect')) return '';
  if (due.status === 'UNPAID') {
    return h('button', { type: 'button', class: 'dues-pay', text: month.status === 'SETTLED' ? t({ zhCN: '补缴', en: 'Back-pay' }) : t({ zhCN: '登记', en: 'Record' }),
      onClick: async () => {
        const fields = paymentFields(ctx, L);
        const done = await formDialog(ctx, { title: { zhCN: `${due.memberName} ${due.period}（${yuan(due.amountDue)}）`, en: `${due.memberName} ${due.period} (${yuan(due.amountDue)})` },
          fields: fields.elements,
          submit: () => ctx.api(`${API}/dues/${due.id}/pay`, { method: 'POST', body: { ...fields.body(), amount: due.amountDue }, headers: ifMatch(due.version) }) });
        if (done) reload();
      } });
  }
  if (due.status === 'PAID' && month.status === 'OPEN') {
    return h('button', { type: 'button', class: 'dues-revoke', text: t({ zhCN: '撤销', en: 'Revoke' }), onClick: async () => {
      const reason = h('input', { name: 'reason', required: true, maxlength: '500' });
      const done = await formDialog(ctx, { title: { zhCN: '撤销交纳记录', en: 'Revoke the payment' },
        fields: [field(t({ zhCN: '原因', en: 'Reason' }), reason)],
        submit: () => ctx.api(`${API}/dues/${due.id}/revoke`, { method: 'POST', body: { reason: reason.value }, headers: ifMatch(due.version) }) });
      if (done) reload();
    } });
  }
  return '';
}

// 导入缴费流水: a bank's or WeChat Pay's export (columns 姓名, 金额, 日期; the exported list is the template). Rows
// matched to a member's due of this month are paid; the others are listed with the reason, to record by hand.
function importForm(ctx, L, month, result, reload) {
  const t = ctx.t;
  const file = h('input', { type: 'file', id: 'dues-import-file', accept: '.xlsx,.csv' });
  const channel = select(L.options(SETS.channel), { id: 'dues-import-channel' });
  channel.value = 'WECHAT';
  const go = h('button', { type: 'button', id: 'dues-import', text: t({ zhCN: '导入缴费流水', en: 'Import payments' }), onClick: async () => {
    const f = file.files[0];
    if (!f) return ctx.notify(t({ zhCN: '请先选择文件。', en: 'Choose a file first.' }));
    const format = f.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
    try {
      const r = await ctx.api(`${API}/months/${month.id}/import?format=${format}&channel=${channel.value}`,
        { method: 'POST', body: f, headers: { 'Content-Type': 'application/octet-stream' } });
      result.replaceChildren(h('p', { text: t({ zhCN: `已匹配并登记 ${r.matched} 笔，共 ${yuan(r.amount)}；未匹配 ${r.unmatched.length} 行。`,
        en: `${r.matched} row(s) matched and paid, ${yuan(r.amount)}; ${r.unmatched.length} unmatched.` }) }),
      r.unmatched.length ? table(ctx, { id: 'dues-import-unmatched', caption: { zhCN: '本次未匹配的行（已保留，见下方“未匹配的缴费流水”）', en: 'Rows not matched this time (kept below, under Unmatched payment rows)' },
        rows: r.unmatched, columns: [
          { title: { zhCN: '行', en: 'Row' }, class: 'num', render: (u) => String(u.row) },
          { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (u) => u.name || '' },
          { title: { zhCN: '金额', en: 'Amount' }, class: 'num', render: (u) => yuan(u.amount) },
          { title: { zhCN: '日期', en: 'Date' }, render: (u) => dateOnly(ctx, u.paidOn) },
          { title: { zhCN: '原因', en: 'Reason' }, render: (u) => t(u.reason) },
        ] }) : '');
      reload();
    } catch (e) {
      ctx.notify(e.message);
    }
  } });
  return h('span', { class: 'dues-import' }, field(t({ zhCN: '缴费流水（XLSX/CSV）', en: 'Payment export (XLSX/CSV)' }), file),
    field(t({ zhCN: '交纳方式', en: 'Channel' }), channel), go);
}
