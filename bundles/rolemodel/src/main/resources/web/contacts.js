// 区级直接联系点: the district leaders' contact points of the scope active in a year, assigning one (district
// administrators), and the contact records of each.
import { h, field, scopeOf, table, pagedTable, pageQuery, submitForm, formDialog, memberPicker, unitPicker, select, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderContactPoints(container, ctx) {
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
  const year = h('input', { type: 'number', id: 'rm-cp-year', name: 'year', min: '2000', max: '2100', value: String(new Date().getFullYear()) });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找联系点', en: 'Find contact points' }) },
    field(t({ zhCN: '年度（在期）', en: 'Active in year' }), year),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const records = h('div', { id: 'rm-cp-records', 'aria-live': 'polite' });
  const list = pagedTable(ctx, {
    id: 'rm-cp-table',
    caption: { zhCN: '区级直接联系点', en: 'District-level contact points' },
    load: (paging) => ctx.api(`${API}/contact-points?${pageQuery({ unit, year: year.value }, paging)}`),
    emptyText: { zhCN: '没有联系点。', en: 'No contact point.' },
    columns: [
      { title: { zhCN: '联系点', en: 'Unit' }, head: true, render: (p) => p.organizationName },
      { title: { zhCN: '联系领导', en: 'Leader' }, sort: 'leaderName', render: (p) => `${p.leaderName}${p.leaderTitle ? `（${p.leaderTitle}）` : ''}` },
      { title: { zhCN: '期间', en: 'Period' }, sort: 'startsOn', render: (p) => `${p.startsOn} – ${p.endsOn || t({ zhCN: '至今', en: 'open' })}` },
      { title: { zhCN: '联系记录', en: 'Records' }, class: 'num', render: (p) => h('button', { type: 'button', class: 'link', text: String(p.records),
        onClick: () => showRecords(ctx, L, p, records) }) },
      { title: { zhCN: '最近联系', en: 'Last contact' }, render: (p) => p.lastContactOn || '—' },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  const exportButton = h('button', { type: 'button', id: 'rm-cp-export', text: t({ zhCN: '导出联系点名单（XLSX）', en: 'Export the list (XLSX)' }),
    onClick: async () => {
      try {
        await download(ctx, `${API}/contact-points/export?${pageQuery({ unit, year: year.value, format: 'XLSX' })}`, `contact-points-${year.value}.xlsx`);
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
  container.append(filters, h('div', { class: 'actions' }, exportButton));
  if (can(ctx, 'contacts')) container.append(assignForm(ctx, () => list.reload()));
  container.append(list.element, records);
  await list.ready;
}

function assignForm(ctx, done) {
  const t = ctx.t;
  const org = unitPicker(ctx, { id: 'rm-cp-unit', name: 'organizationId', caption: t({ zhCN: '联系点单位', en: 'Unit' }) });
  const leader = memberPicker(ctx, { id: 'rm-cp-leader', name: 'leaderMemberId', caption: t({ zhCN: '联系领导', en: 'District leader' }) });
  const title = h('input', { id: 'rm-cp-title', name: 'leaderTitle', maxlength: '100' });
  const starts = h('input', { type: 'date', id: 'rm-cp-starts', name: 'startsOn', value: today() });
  const ends = h('input', { type: 'date', id: 'rm-cp-ends', name: 'endsOn' });
  const form = h('form', { class: 'stacked-form panel', id: 'rm-cp-form', 'aria-labelledby': 'rm-cp-form-title' },
    h('h2', { id: 'rm-cp-form-title', text: t({ zhCN: '确定联系点', en: 'Assign a contact point' }) }),
    org.element, leader.element, field(t({ zhCN: '领导职务', en: 'Leader title' }), title),
    field(t({ zhCN: '开始日期', en: 'Starts on' }), starts), field(t({ zhCN: '结束日期（可空）', en: 'Ends on (optional)' }), ends),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '确定', en: 'Assign' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const o = org.value();
    const l = leader.value();
    const result = await submitForm(ctx, form, () => ctx.api(`${API}/contact-points`, { method: 'POST', body: {
      organizationId: o.length ? Number(o[0]) : null, leaderMemberId: l.length ? Number(l[0]) : null, leaderTitle: title.value || null,
      startsOn: starts.value || null, endsOn: ends.value || null } }));
    if (result) {
      ctx.notify(t({ zhCN: '已确定联系点。', en: 'Contact point assigned.' }), 'success');
      done();
    }
  });
  return form;
}

async function showRecords(ctx, L, point, target) {
  const t = ctx.t;
  const draw = async () => {
    const rows = await ctx.api(`${API}/contact-points/${point.id}/records`);
    const add = can(ctx, 'write') ? h('button', { type: 'button', id: 'rm-cp-add-record', text: t({ zhCN: '登记联系记录', en: 'Record a contact' }),
      onClick: async () => {
        const kind = select(L.options(SETS.contact), { name: 'kind' });
        const on = h('input', { type: 'date', name: 'happenedOn', value: today() });
        const content = h('textarea', { name: 'content', maxlength: '2000' });
        const issues = h('textarea', { name: 'issues', maxlength: '2000' });
        const followUp = h('textarea', { name: 'followUp', maxlength: '2000' });
        if (await formDialog(ctx, { title: { zhCN: '联系记录', en: 'Contact record' }, fields: [field(t({ zhCN: '类型', en: 'Kind' }), kind),
          field(t({ zhCN: '日期', en: 'Date' }), on), field(t({ zhCN: '内容', en: 'Content' }), content),
          field(t({ zhCN: '反映问题', en: 'Issues raised' }), issues), field(t({ zhCN: '跟踪落实', en: 'Follow-up' }), followUp)],
        submit: () => ctx.api(`${API}/contact-points/${point.id}/records`, { method: 'POST', body: { kind: kind.value,
          happenedOn: on.value || null, content: content.value, issues: issues.value || null, followUp: followUp.value || null } }) })) draw();
      } }) : null;
    target.replaceChildren(h('h2', { text: t({ zhCN: `${point.organizationName}的联系记录`, en: `Contact records of ${point.organizationName}` }) }), add,
      table(ctx, { id: 'rm-cp-record-table', caption: { zhCN: '联系记录', en: 'Contact records' }, rows,
        emptyText: { zhCN: '还没有联系记录。', en: 'No contact record yet.' }, columns: [
          { title: { zhCN: '日期', en: 'Date' }, head: true, render: (r) => r.happenedOn },
          { title: { zhCN: '类型', en: 'Kind' }, render: (r) => L.label(SETS.contact, r.kind) },
          { title: { zhCN: '内容', en: 'Content' }, render: (r) => r.content },
          { title: { zhCN: '反映问题', en: 'Issues' }, render: (r) => r.issues || '' },
          { title: { zhCN: '跟踪落实', en: 'Follow-up' }, render: (r) => r.followUp || '' }] }));
  };
  try {
    await draw();
  } catch (e) {
    ctx.notify(e.message);
  }
}
