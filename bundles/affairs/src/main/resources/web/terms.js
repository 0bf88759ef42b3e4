// 换届 (committee terms): the scope's terms on a day (the end of the year chosen, or today), those due within the
// months chosen and those overdue, the branches of 7 or more full members without a committee, the requests for an
// early or delayed election awaiting the level above, one term with its committee, and the election form.
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, table, load, formDialog, dateOnly, number } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';
import { electionForm } from './election-form.js';

/** The day the standing is read on: the year's last day, or today in the running year. */
function dayOf(year) {
  const today = new Date().toISOString().slice(0, 10);
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

export async function renderTerms(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const L = await moduleLabels(ctx);
  if (ctx.params && ctx.params[0]) {
    await renderTerm(container, ctx, L, ctx.params[0]);
    return;
  }
  const t = ctx.t;
  const year = await yearPicker(ctx, { id: 'aff-term-year', caption: { zhCN: '截至年度', en: 'As of the year' }, onChange: () => refresh() });
  const months = select([['3', t({ zhCN: '3 个月内届满', en: 'ending within 3 months' })], ['6', t({ zhCN: '6 个月内届满', en: 'ending within 6 months' })],
    ['12', t({ zhCN: '12 个月内届满', en: 'ending within 12 months' })]], { id: 'aff-term-months', name: 'months' });
  months.value = '6';
  const status = select([['', t({ zhCN: '全部在任', en: 'All current' })], ...L.options(SETS.termStatus)], { id: 'aff-term-status', name: 'status' });
  months.addEventListener('change', () => refresh());
  status.addEventListener('change', () => list.reload());
  const kpis = h('div', { 'aria-live': 'polite' });
  const kpi = (title, value, id) => h('li', { class: 'kpi', id }, h('strong', { class: 'kpi-value', text: number(ctx, value) }),
    h('span', { class: 'kpi-name', text: t(title) }));
  const drawKpis = () => load(kpis, ctx, async () => {
    const s = await ctx.api(`${API}/terms/summary?unit=${unit}&months=${months.value}&on=${dayOf(year.value())}`);
    return h('ul', { class: 'kpis', id: 'aff-term-kpis' },
      kpi({ zhCN: '党组织', en: 'Party organizations' }, s.organizations, 'aff-term-kpi-orgs'),
      kpi({ zhCN: '已登记任期', en: 'With a term recorded' }, s.terms, 'aff-term-kpi-terms'),
      kpi({ zhCN: `${s.months} 个月内应换届`, en: `Due within ${s.months} months` }, s.due, 'aff-term-kpi-due'),
      kpi({ zhCN: '逾期未换届', en: 'Overdue' }, s.overdue, 'aff-term-kpi-overdue'),
      kpi({ zhCN: '未登记任期', en: 'No term recorded' }, s.withoutTerm, 'aff-term-kpi-none'),
      kpi({ zhCN: '应设未设支委会的党支部', en: 'Branches without the committee they need' }, s.withoutCommittee, 'aff-term-kpi-committee'));
  });
  const list = pagedTable(ctx, {
    id: 'aff-term-table',
    caption: { zhCN: '任期', en: 'Terms' },
    load: (paging) => ctx.api(`${API}/terms?${pageQuery({ unit, status: status.value, months: months.value, on: dayOf(year.value()) }, paging)}`),
    rowAttrs: (x) => ({ dataset: { term: x.id, status: x.status } }),
    emptyText: { zhCN: '没有符合条件的任期。', en: 'No term matches.' },
    columns: [
      { title: { zhCN: '党组织', en: 'Organization' }, head: true,
        render: (x) => h('a', { href: `#/m/affairs/terms/${x.id}`, text: x.organizationName || String(x.organizationId) }) },
      { title: { zhCN: '本届起始', en: 'Started' }, render: (x) => dateOnly(ctx, x.startedOn) },
      { title: { zhCN: '届满日期', en: 'Ends' }, render: (x) => dateOnly(ctx, x.endsOn) },
      { title: { zhCN: '任期（年）', en: 'Years' }, class: 'num', render: (x) => String(x.years) },
      { title: { zhCN: '状态', en: 'Standing' }, render: (x) => L.label(SETS.termStatus, x.status) },
      { title: { zhCN: '书记', en: 'Secretary' }, render: (x) => x.secretaryName || '—' },
      { title: { zhCN: '委员会', en: 'Committee' }, render: (x) => t(x.committee ? { zhCN: '已设', en: 'Elected' } : { zhCN: '只设书记', en: 'Secretary only' }) },
    ],
  });
  const gaps = h('div', { 'aria-live': 'polite' });
  const drawGaps = () => load(gaps, ctx, async () => {
    const rows = await ctx.api(`${API}/terms/committees?unit=${unit}`);
    if (!rows.length) return null;
    return table(ctx, { id: 'aff-term-gaps', caption: { zhCN: '正式党员 7 人以上、尚未设立支部委员会的党支部', en: 'Branches of 7 or more full members without a committee' },
      rows, columns: [
        { title: { zhCN: '党支部', en: 'Branch' }, head: true, render: (g) => g.organizationName },
        { title: { zhCN: '正式党员', en: 'Full members' }, class: 'num', render: (g) => number(ctx, g.fullMembers) },
      ] });
  }, { zhCN: '正式党员 7 人以上的党支部都已设立支部委员会。', en: 'Every branch of 7 or more full members has its committee.' });
  const requests = h('div', { 'aria-live': 'polite' });
  const drawRequests = () => load(requests, ctx, async () => {
    const rows = await ctx.api(`${API}/terms/requests?unit=${unit}`);
    if (!rows.length) return null;
    return table(ctx, { id: 'aff-term-requests', caption: { zhCN: '提前或延期换届请示', en: 'Requests for an early or delayed election' },
      rows, rowAttrs: (r) => ({ dataset: { request: r.id, status: r.status } }), columns: [
        { title: { zhCN: '党组织', en: 'Organization' }, head: true, render: (r) => r.organizationName },
        { title: { zhCN: '请示', en: 'Request' }, render: (r) => L.label(SETS.requestKind, r.kind) },
        { title: { zhCN: '计划选举日期', en: 'Planned for' }, render: (r) => dateOnly(ctx, r.plannedOn) },
        { title: { zhCN: '理由', en: 'Reason' }, class: 'wrap', render: (r) => r.reason },
        { title: { zhCN: '状态', en: 'State' }, render: (r) => L.label(SETS.requestStatus, r.status) },
        { title: { zhCN: '审批', en: 'Decision' }, render: (r) => (can(ctx, 'review') && r.allowedActions.length
          ? h('div', { class: 'actions' }, r.allowedActions.map((a) => h('button', { type: 'button', dataset: { action: a },
            text: L.label(SETS.requestAction, a), onClick: () => decide(r, a) })))
          : (r.decisionNote || '—')) },
      ] });
  }, { zhCN: '没有提前或延期换届请示。', en: 'No request for an early or delayed election.' });
  async function decide(r, action) {
    const note = h('textarea', { id: 'aff-term-note', name: 'note', rows: '3', maxlength: '500' });
    const done = await formDialog(ctx, { id: 'aff-term-decide', title: { zhCN: `${L.label(SETS.requestAction, action)}：${r.organizationName}`,
      en: `${L.label(SETS.requestAction, action)}: ${r.organizationName}` },
    fields: [field(t({ zhCN: '审批意见', en: 'Note' }), note)],
    submit: () => step(ctx, `terms/requests/${r.id}/${action.toLowerCase()}`, r.version, { note: note.value }) });
    if (done) {
      ctx.notify(t({ zhCN: '已审批。', en: 'Decided.' }), 'success');
      await drawRequests();
    }
  }
  async function refresh() {
    await Promise.all([drawKpis(), list.reload()]);
  }
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '应换届', en: 'Due' }), months),
    field(t({ zhCN: '状态', en: 'Standing' }), status)), kpis, list.element,
  h('h2', { text: t({ zhCN: '支部委员会设立情况', en: 'Branch committees' }) }), gaps,
  h('h2', { text: t({ zhCN: '提前或延期换届请示', en: 'Early or delayed elections' }) }), requests);
  await Promise.all([drawKpis(), list.ready, drawGaps(), drawRequests()]);
  if (can(ctx, 'write')) {
    container.append(electionForm(ctx, L, async () => { await Promise.all([refresh(), drawGaps()]); }));
  }
}

/** One term: its facts and committee; the organization may ask for an early or delayed election. */
async function renderTerm(container, ctx, L, id) {
  const t = ctx.t;
  const body = h('div', { id: 'aff-term-detail', 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const x = await ctx.api(`${API}/terms/${encodeURIComponent(id)}`);
    const facts = [
      [{ zhCN: '党组织', en: 'Organization' }, x.organizationName],
      [{ zhCN: '本届起始', en: 'Started' }, dateOnly(ctx, x.startedOn)],
      [{ zhCN: '届满日期', en: 'Ends' }, dateOnly(ctx, x.endsOn)],
      [{ zhCN: '任期', en: 'Length' }, t({ zhCN: `${x.years} 年`, en: `${x.years} years` })],
      [{ zhCN: '状态', en: 'Standing' }, L.label(SETS.termStatus, x.status)],
      [{ zhCN: '换届日期', en: 'Re-elected on' }, x.endedOn ? dateOnly(ctx, x.endedOn) : '—'],
    ];
    const ask = can(ctx, 'write') && !x.endedOn ? h('button', { type: 'button', id: 'aff-term-ask', class: 'primary',
      text: t({ zhCN: '提出提前或延期换届请示', en: 'Ask for an early or delayed election' }), onClick: () => askFor(x) }) : '';
    return [h('dl', { class: 'facts', id: 'aff-term-facts' }, facts.map(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v })])),
      table(ctx, { id: 'aff-term-committee', caption: { zhCN: '委员会组成', en: 'Committee' }, rows: x.members, columns: [
        { title: { zhCN: '职务', en: 'Post' }, render: (s) => L.label(SETS.post, s.post) },
        { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (s) => s.name || '—' },
      ] }), h('div', { class: 'actions' }, ask, h('a', { href: '#/m/affairs/terms', text: t({ zhCN: '返回任期列表', en: 'Back to the terms' }) }))];
  });
  async function askFor(x) {
    const kind = select(L.options(SETS.requestKind), { id: 'aff-term-kind', name: 'kind' });
    const plannedOn = h('input', { id: 'aff-term-planned', name: 'plannedOn', type: 'date', required: true });
    const reason = h('textarea', { id: 'aff-term-reason', name: 'reason', rows: '3', maxlength: '500', required: true });
    const done = await formDialog(ctx, { id: 'aff-term-ask-dialog', title: { zhCN: `换届请示：${x.organizationName}`, en: `Request: ${x.organizationName}` },
      submitText: { zhCN: '报上级审批', en: 'Send to the level above' },
      fields: [field(t({ zhCN: '请示事项', en: 'Request' }), kind), field(t({ zhCN: '计划选举日期', en: 'Planned for' }), plannedOn),
        field(t({ zhCN: '理由', en: 'Reason' }), reason)],
      submit: () => ctx.api(`${API}/terms/${x.id}/requests`, { method: 'POST', body: { kind: kind.value, plannedOn: plannedOn.value || null, reason: reason.value } }) });
    if (done) {
      ctx.notify(t({ zhCN: '请示已报上级。', en: 'Request sent to the level above.' }), 'success');
    }
  }
  container.append(body);
  await draw();
}

/** The organization record's section (core's organizations page): the current term's days and committee. */
export async function renderRecordTerm(container, ctx, unit) {
  const t = ctx.t;
  if (!unit.partyOrgType || unit.partyOrgType === 'NONE') {
    container.append(h('p', { class: 'muted', text: t({ zhCN: '本单位不设党组织。', en: 'This unit hosts no Party organization.' }) }));
    return;
  }
  const L = await moduleLabels(ctx);
  const terms = await ctx.api(`${API}/terms/history?organization=${unit.id}`);
  const current = terms.find((x) => !x.endedOn);
  if (!current) {
    container.append(h('p', { class: 'muted', id: 'record-term-none', text: t({ zhCN: '尚未登记任期。', en: 'No term recorded.' }) }));
    return;
  }
  container.append(h('dl', { class: 'facts', id: 'record-term' },
    h('dt', { text: t({ zhCN: '本届任期', en: 'Current term' }) }),
    h('dd', { id: 'record-term-dates', text: `${dateOnly(ctx, current.startedOn)} – ${dateOnly(ctx, current.endsOn)}` }),
    h('dt', { text: t({ zhCN: '换届状态', en: 'Standing' }) }), h('dd', { text: L.label(SETS.termStatus, current.status) }),
    h('dt', { text: t({ zhCN: '委员会', en: 'Committee' }) }),
    h('dd', { text: current.members.map((s) => `${L.label(SETS.post, s.post)} ${s.name || ''}`).join(t({ zhCN: '、', en: ', ' })) || '—' })),
  h('a', { href: `#/m/affairs/terms/${current.id}`, text: t({ zhCN: '查看任期', en: 'Open the term' }) }));
}
