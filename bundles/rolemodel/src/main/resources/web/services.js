// 活动服务记录: service records of the campaigns ("我为群众办实事", "亮身份、树形象、作贡献、促发展") in the scope.
import { h, field, select, scopeOf, pagedTable, pageQuery, submitForm, memberPicker, unitPicker } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today, importPanel } from './module.js';

export async function renderServices(container, ctx) {
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
  const year = h('input', { type: 'number', id: 'rm-sv-year', name: 'year', min: '2000', max: '2100', value: String(new Date().getFullYear()) });
  const campaign = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.campaign)], { id: 'rm-sv-campaign' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找服务记录', en: 'Find service records' }) },
    field(t({ zhCN: '年度', en: 'Year' }), year), field(t({ zhCN: '活动', en: 'Campaign' }), campaign),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'rm-sv-table',
    caption: { zhCN: '活动服务记录', en: 'Service records' },
    load: (paging) => ctx.api(`${API}/service-records?${pageQuery({ unit, year: year.value, campaign: campaign.value }, paging)}`),
    emptyText: { zhCN: '没有服务记录。', en: 'No service record.' },
    columns: [
      { title: { zhCN: '日期', en: 'Date' }, sort: 'servedOn', head: true, render: (s) => s.servedOn },
      { title: { zhCN: '活动', en: 'Campaign' }, sort: 'campaign', render: (s) => L.label(SETS.campaign, s.campaign) },
      { title: { zhCN: '服务内容', en: 'What' }, render: (s) => s.what },
      { title: { zhCN: '服务对象', en: 'For whom' }, render: (s) => s.beneficiary },
      { title: { zhCN: '党员 / 党组织', en: 'By' }, render: (s) => s.memberName || s.organizationName || '' },
      { title: { zhCN: '时长（小时）', en: 'Hours' }, sort: 'hours', class: 'num', render: (s) => String(s.hours) },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters);
  if (can(ctx, 'write')) {
    container.append(serviceForm(ctx, L, () => list.reload()), importPanel(ctx, { id: 'rm-sv-import', path: 'service-records/import', unit,
      columns: ['活动', '单位代码', '党员编号', '服务内容', '服务对象', '时长（小时）', '服务日期'],
      title: { zhCN: '从表格导入服务记录', en: 'Import service records from a sheet' }, done: () => list.reload() }));
  }
  container.append(list.element);
  await list.ready;
}

function serviceForm(ctx, L, done) {
  const t = ctx.t;
  const campaign = select(L.options(SETS.campaign), { id: 'rm-sv-new-campaign', name: 'campaign' });
  const member = memberPicker(ctx, { id: 'rm-sv-member', name: 'memberId', caption: t({ zhCN: '党员（可空）', en: 'Member (optional)' }) });
  const org = unitPicker(ctx, { id: 'rm-sv-org', name: 'organizationId', caption: t({ zhCN: '党组织（不选党员时）', en: 'Organization (when no member)' }) });
  const what = h('textarea', { id: 'rm-sv-what', name: 'what', maxlength: '1000' });
  const beneficiary = h('input', { id: 'rm-sv-beneficiary', name: 'beneficiary', maxlength: '200' });
  const hours = h('input', { type: 'number', id: 'rm-sv-hours', name: 'hours', step: '0.5', min: '0.5' });
  const on = h('input', { type: 'date', id: 'rm-sv-on', name: 'servedOn', value: today() });
  const form = h('form', { class: 'stacked-form panel', id: 'rm-sv-form', 'aria-labelledby': 'rm-sv-form-title' },
    h('h2', { id: 'rm-sv-form-title', text: t({ zhCN: '登记服务记录', en: 'Record a service' }) }),
    field(t({ zhCN: '活动', en: 'Campaign' }), campaign), member.element, org.element, field(t({ zhCN: '服务内容', en: 'What' }), what),
    field(t({ zhCN: '服务对象', en: 'For whom' }), beneficiary), field(t({ zhCN: '时长（小时）', en: 'Hours' }), hours),
    field(t({ zhCN: '日期', en: 'Date' }), on),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '登记', en: 'Record' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const m = member.value();
    const o = org.value();
    const result = await submitForm(ctx, form, () => ctx.api(`${API}/service-records`, { method: 'POST', body: {
      campaign: campaign.value, memberId: m.length ? Number(m[0]) : null, organizationId: o.length ? Number(o[0]) : null,
      what: what.value, beneficiary: beneficiary.value, hours: hours.value ? Number(hours.value) : null, servedOn: on.value || null } }));
    if (result) {
      ctx.notify(t({ zhCN: '已登记。', en: 'Recorded.' }), 'success');
      done();
    }
  });
  return form;
}
