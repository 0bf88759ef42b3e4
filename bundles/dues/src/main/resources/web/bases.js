// 党费基数: members' bases of a year (the base itself is personal data: masked in the list, shown on one record
// only to those entitled), recording a base, exemptions and voluntary or special dues.
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, submitForm, memberPicker, dateOnly, actor } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, yuan } from './module.js';

export async function renderBases(container, ctx) {
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
  const year = await yearPicker(ctx, { id: 'dues-base-year', onChange: () => list.reload() });
  const category = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.category)], { id: 'dues-base-category' });
  const q = h('input', { type: 'search', id: 'dues-base-q' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找基数', en: 'Find bases' }) },
    year.element, field(t({ zhCN: '类别', en: 'Category' }), category), field(t({ zhCN: '姓名', en: 'Name' }), q),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'dues-base-table',
    caption: { zhCN: '党费基数', en: 'Dues bases' },
    load: (paging) => ctx.api(`${API}/bases?${pageQuery({ unit, year: year.value(), category: category.value, q: q.value }, paging)}`),
    emptyText: { zhCN: '本年度还没有登记党费基数。', en: 'No bases recorded for this year.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, sort: 'memberName', head: true, render: (b) => b.memberName },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (b) => b.organizationName || '' },
      { title: { zhCN: '类别', en: 'Category' }, sort: 'category', render: (b) => L.label(SETS.category, b.category) },
      { title: { zhCN: '月基数', en: 'Monthly base' }, class: 'num', render: (b) => b.baseAmount || '—' },
      { title: { zhCN: '月交党费', en: 'Monthly dues' }, sort: 'monthlyAmount', class: 'num', render: (b) => yuan(b.monthlyAmount) },
      { title: { zhCN: '核定', en: 'Confirmed' }, render: (b) => `${dateOnly(ctx, b.confirmedAt)} · ${actor(ctx, b.confirmedBy)}` },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters, list.element);
  if (can(ctx, 'collect')) container.append(baseForm(ctx, L, () => list.reload()), exemptionForm(ctx), extraForm(ctx, L));
  await list.ready;
}

function baseForm(ctx, L, done) {
  const t = ctx.t;
  const member = memberPicker(ctx, { id: 'dues-base-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const year = h('input', { type: 'number', name: 'year', min: '2000', max: '2100', required: true, value: String(new Date().getFullYear()) });
  const category = select(L.options(SETS.category), { name: 'category', id: 'dues-base-form-category' });
  const base = h('input', { name: 'baseAmount', inputmode: 'decimal', id: 'dues-base-amount' });
  const fixed = h('input', { name: 'fixedAmount', inputmode: 'decimal', id: 'dues-base-fixed' });
  const byBase = () => ['EMPLOYED', 'RETIRED'].includes(category.value);
  const baseField = field(t({ zhCN: '月税后收入（元）', en: 'Monthly after-tax income (yuan)' }), base);
  const fixedField = field(t({ zhCN: '每月固定交纳（元，可不填）', en: 'Fixed monthly amount (yuan, optional)' }), fixed);
  const toggle = () => { baseField.hidden = !byBase(); fixedField.hidden = byBase(); };
  category.addEventListener('change', toggle);
  toggle();
  const form = h('form', { class: 'stacked-form panel', id: 'dues-base-form', 'aria-labelledby': 'dues-base-form-title' },
    h('h2', { id: 'dues-base-form-title', text: t({ zhCN: '核定党费基数', en: 'Confirm a base' }) }),
    member.element, field(t({ zhCN: '年度', en: 'Year' }), year), field(t({ zhCN: '类别', en: 'Category' }), category), baseField, fixedField,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/bases`, { method: 'POST', body: {
      memberId: member.value()[0] || null, year: Number(year.value) || null, category: category.value,
      baseAmount: byBase() ? base.value : null, fixedAmount: !byBase() && fixed.value ? Number(fixed.value) : null } }));
    if (created) {
      ctx.notify(t({ zhCN: `已核定：每月 ${yuan(created.monthlyAmount)}。`, en: `Confirmed: ${yuan(created.monthlyAmount)} a month.` }), 'success');
      form.reset();
      member.set([]);
      toggle();
      done();
    }
  });
  return form;
}

function exemptionForm(ctx) {
  const t = ctx.t;
  const member = memberPicker(ctx, { id: 'dues-exempt-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const from = h('input', { type: 'month', name: 'from', required: true });
  const to = h('input', { type: 'month', name: 'to', required: true });
  const reason = h('textarea', { name: 'reason', required: true, maxlength: '500' });
  const form = h('form', { class: 'stacked-form panel', id: 'dues-exempt-form', 'aria-labelledby': 'dues-exempt-title' },
    h('h2', { id: 'dues-exempt-title', text: t({ zhCN: '登记免交', en: 'Record an exemption' }) }),
    member.element, field(t({ zhCN: '起始月份', en: 'From' }), from), field(t({ zhCN: '截止月份', en: 'To' }), to),
    field(t({ zhCN: '原因', en: 'Reason' }), reason),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/exemptions`, { method: 'POST', body: {
      memberId: member.value()[0] || null, from: from.value, to: to.value, reason: reason.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '已登记免交。', en: 'Exemption recorded.' }), 'success');
      form.reset();
      member.set([]);
    }
  });
  return form;
}

function extraForm(ctx, L) {
  const t = ctx.t;
  const member = memberPicker(ctx, { id: 'dues-extra-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const kind = select(L.options(SETS.extra), { name: 'kind' });
  const amount = h('input', { name: 'amount', inputmode: 'decimal', required: true });
  const paidOn = h('input', { type: 'date', name: 'paidOn', required: true, value: new Date().toISOString().slice(0, 10) });
  const note = h('input', { name: 'note', maxlength: '500' });
  const form = h('form', { class: 'stacked-form panel', id: 'dues-extra-form', 'aria-labelledby': 'dues-extra-title' },
    h('h2', { id: 'dues-extra-title', text: t({ zhCN: '登记自愿多交或特殊党费', en: 'Record voluntary or special dues' }) }),
    member.element, field(t({ zhCN: '类型', en: 'Kind' }), kind), field(t({ zhCN: '金额（元）', en: 'Amount (yuan)' }), amount),
    field(t({ zhCN: '交纳日期', en: 'Paid on' }), paidOn), field(t({ zhCN: '备注', en: 'Note' }), note),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/extras`, { method: 'POST', body: {
      memberId: member.value()[0] || null, kind: kind.value, amount: amount.value ? Number(amount.value) : null,
      paidOn: paidOn.value || null, note: note.value || null } }));
    if (created) {
      ctx.notify(t({ zhCN: '已登记。', en: 'Recorded.' }), 'success');
      form.reset();
      member.set([]);
    }
  });
  return form;
}
