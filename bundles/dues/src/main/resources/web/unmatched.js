// 未匹配的缴费行: the rows of a month's imported payment files that matched no due, kept until someone resolves
// them: matched by hand to an unpaid due of the month (paid with the row's day and channel; a back-payment once the
// month is settled) or set aside with a reason (a refund, not a dues payment). Resolved rows stay listed under "all".
import { h, field, select, table, dateOnly, dateTime, ifMatch, formDialog, actor } from '/assets/kit.js';
import { API, SETS, can, yuan } from './module.js';

/** The month's kept rows with their actions; answers { element, reload() }. */
export function unmatchedSection(ctx, L, month, onPaid) {
  const t = ctx.t;
  const which = select([['OPEN', L.label(SETS.unmatched, 'OPEN')], ['', t({ zhCN: '全部', en: 'All' })]], { id: 'dues-unmatched-status' });
  const body = h('div', { id: 'dues-unmatched-rows', 'aria-live': 'polite' });
  const element = h('section', { class: 'panel', id: 'dues-unmatched', 'aria-labelledby': 'dues-unmatched-title' },
    h('h3', { id: 'dues-unmatched-title', text: t({ zhCN: '未匹配的缴费流水', en: 'Unmatched payment rows' }) }),
    h('p', { class: 'muted', text: t({ zhCN: '导入时未能对应到党员的行保留在这里：可手工匹配到本月的应交记录，或注明原因后忽略（如退款）。',
      en: 'Imported rows that matched no member wait here: match one by hand to a due of this month, or dismiss it with a reason (e.g. a refund).' }) }),
    field(t({ zhCN: '显示', en: 'Show' }), which), body);

  async function reload() {
    let rows;
    try {
      rows = await ctx.api(`${API}/months/${month.id}/unmatched${which.value ? `?status=${which.value}` : ''}`);
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
    body.replaceChildren(rows.length ? table(ctx, {
      id: 'dues-unmatched-table',
      caption: { zhCN: '未匹配的缴费流水', en: 'Unmatched payment rows' },
      rows,
      rowAttrs: (u) => ({ dataset: { status: u.status, unmatched: u.id } }),
      columns: [
        { title: { zhCN: '行', en: 'Row' }, class: 'num', render: (u) => String(u.row) },
        { title: { zhCN: '付款人', en: 'Payer' }, head: true, render: (u) => u.name || '' },
        { title: { zhCN: '金额', en: 'Amount' }, class: 'num', render: (u) => yuan(u.amount) },
        { title: { zhCN: '日期', en: 'Date' }, render: (u) => dateOnly(ctx, u.paidOn) },
        { title: { zhCN: '方式', en: 'Channel' }, render: (u) => (u.channel ? L.label(SETS.channel, u.channel) : '—') },
        { title: { zhCN: '未匹配原因', en: 'Why unmatched' }, render: (u) => t(u.reason) },
        { title: { zhCN: '状态', en: 'Status' }, render: (u) => L.label(SETS.unmatched, u.status) },
        { title: { zhCN: '处理', en: 'Resolution' }, render: (u) => (u.status === 'OPEN' ? actions(u)
          : `${u.resolvedAt ? dateTime(ctx, u.resolvedAt) : ''} · ${actor(ctx, u.resolvedBy)}${u.note ? ` · ${u.note}` : ''}`) },
      ] }) : h('p', { class: 'muted kit-empty', text: which.value
      ? t({ zhCN: '没有待处理的行。', en: 'No row waiting.' }) : t({ zhCN: '本月没有保留的导入行。', en: 'No imported row kept for this month.' }) }));
  }

  function actions(u) {
    if (!can(ctx, 'collect')) return '';
    return h('span', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', dataset: { action: 'match' }, text: t({ zhCN: '匹配', en: 'Match' }),
        onClick: () => match(u) }),
      h('button', { type: 'button', dataset: { action: 'dismiss' }, text: t({ zhCN: '忽略', en: 'Dismiss' }),
        onClick: () => dismiss(u) }));
  }

  // the dues of this month still unpaid, found by name (the row's payer first): the secretary picks the member
  async function match(u) {
    const name = h('input', { type: 'search', id: 'dues-match-name', value: u.name || '' });
    const due = h('select', { name: 'dueId', id: 'dues-match-due', required: true });
    const find = async () => {
      const page = await ctx.api(`${API}/months/${month.id}/dues?status=UNPAID&size=50${name.value ? `&q=${encodeURIComponent(name.value)}` : ''}`);
      due.replaceChildren(...page.items.map((d) => h('option', { value: String(d.id),
        text: `${d.memberName}（${yuan(d.amountDue)}）${Number(d.amountDue) === Number(u.amount) ? '' : t({ zhCN: ' 金额不符', en: ' amount differs' })}` })));
      if (!page.items.length) due.append(h('option', { value: '', text: t({ zhCN: '没有该姓名的未交记录', en: 'No unpaid due of that name' }) }));
    };
    try {
      await find();
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
    const done = await formDialog(ctx, { id: 'dues-match-dialog',
      title: { zhCN: `匹配：${u.name || ''} ${yuan(u.amount)}`, en: `Match: ${u.name || ''} ${yuan(u.amount)}` },
      fields: [field(t({ zhCN: '查找党员', en: 'Find a member' }), name),
        h('button', { type: 'button', id: 'dues-match-find', text: t({ zhCN: '查找', en: 'Find' }), onClick: () => find().catch((e) => ctx.notify(e.message)) }),
        field(t({ zhCN: '本月应交记录', en: 'Due of this month' }), due)],
      submit: () => ctx.api(`${API}/unmatched/${u.id}/match`, { method: 'POST', body: { dueId: due.value ? Number(due.value) : null },
        headers: ifMatch(u.version) }) });
    if (done) {
      ctx.notify(t({ zhCN: '已匹配并登记交纳。', en: 'Matched and recorded as paid.' }), 'success');
      await reload();
      onPaid();
    }
  }

  async function dismiss(u) {
    const reason = h('textarea', { name: 'reason', required: true, maxlength: '500' });
    const done = await formDialog(ctx, { id: 'dues-dismiss-dialog',
      title: { zhCN: `忽略：${u.name || ''} ${yuan(u.amount)}`, en: `Dismiss: ${u.name || ''} ${yuan(u.amount)}` },
      fields: [field(t({ zhCN: '原因（如：已退款）', en: 'Reason (e.g. refunded)' }), reason)],
      submit: () => ctx.api(`${API}/unmatched/${u.id}/dismiss`, { method: 'POST', body: { reason: reason.value }, headers: ifMatch(u.version) }) });
    if (done) {
      ctx.notify(t({ zhCN: '已忽略。', en: 'Dismissed.' }), 'success');
      await reload();
    }
  }

  which.addEventListener('change', () => reload());
  return { element, reload };
}
