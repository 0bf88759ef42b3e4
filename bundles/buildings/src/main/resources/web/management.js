// 两企三新管理: the 两新 organizations of the scope (enterprises and social organizations of the emerging sector), the
// committee that manages each (a park's 直属党委 or a street's 综合党委), those with none, and each committee's share;
// put an organization under a committee, move it to another or end the management.
import { h, field, select, scopeOf, pagedTable, pageQuery, table, formDialog, unitPicker, dateOnly, load, ifMatch } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderManagement(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const summary = h('div', { id: 'bld-management-summary', 'aria-live': 'polite' });
  const shown = select([['', t({ zhCN: '全部两新组织', en: 'All new-sector organizations' })], ['false', t({ zhCN: '无管理党委', en: 'With no managing committee' })],
    ['true', t({ zhCN: '已明确管理党委', en: 'Managed' })]], { id: 'bld-management-filter' });
  shown.addEventListener('change', () => list.reload());
  const drawSummary = () => load(summary, ctx, async () => {
    const s = await ctx.api(`${API}/management/summary?unit=${unit}`);
    return [h('ul', { class: 'kpis', id: 'bld-management-kpis' },
      h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: String(s.organizations) }), h('span', { class: 'kpi-name', text: t({ zhCN: '两新组织', en: 'New-sector organizations' }) })),
      h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: String(s.managed) }), h('span', { class: 'kpi-name', text: t({ zhCN: '已明确管理党委', en: 'Managed' }) })),
      h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: String(s.unmanaged) }), h('span', { class: 'kpi-name', text: t({ zhCN: '无管理党委', en: 'With none' }) }))),
    table(ctx, { id: 'bld-management-committees', caption: { zhCN: '管理党委', en: 'Managing committees' }, rows: s.committees,
      emptyText: { zhCN: '还没有明确管理党委的两新组织。', en: 'No new-sector organization has a managing committee yet.' }, columns: [
        { title: { zhCN: '党委', en: 'Committee' }, head: true, render: (c) => c.committeeName },
        { title: { zhCN: '类别', en: 'Kind' }, render: (c) => L.label(SETS.manager, c.kind) },
        { title: { zhCN: '管理的两新组织', en: 'New-sector organizations managed' }, class: 'num', render: (c) => String(c.organizations) },
      ] })];
  });
  const refresh = async () => { await drawSummary(); list.reload(true); };
  const list = pagedTable(ctx, {
    id: 'bld-management-table',
    caption: { zhCN: '两新组织及其管理党委', en: 'New-sector organizations and their managing committees' },
    load: (paging) => ctx.api(`${API}/management?${pageQuery({ unit, managed: shown.value || undefined }, paging)}`),
    rowAttrs: (o) => ({ dataset: { organization: o.organizationId, managed: o.managementId ? 'true' : 'false' } }),
    emptyText: { zhCN: '没有符合条件的两新组织。', en: 'No new-sector organizations match.' },
    columns: [
      { title: { zhCN: '组织', en: 'Organization' }, head: true, render: (o) => o.organizationName },
      { title: { zhCN: '代码', en: 'Code' }, render: (o) => o.organizationCode },
      { title: { zhCN: '管理党委', en: 'Managing committee' }, render: (o) => o.committeeName
        ? t({ zhCN: `${o.committeeName}（${L.label(SETS.manager, o.kind)}）`, en: `${o.committeeName} (${L.label(SETS.manager, o.kind)})` }) : h('span', { class: 'kit-badge', text: t({ zhCN: '无管理党委', en: 'None' }) }) },
      { title: { zhCN: '起始日期', en: 'Since' }, render: (o) => o.since ? dateOnly(ctx, o.since) : '—' },
      { title: { zhCN: '操作', en: 'Actions' }, render: (o) => can(ctx, 'manage') ? h('span', { class: 'actions' },
        h('button', { type: 'button', class: 'link-button', dataset: { action: o.managementId ? 'change' : 'assign' },
          text: o.managementId ? t({ zhCN: '调整', en: 'Change' }) : t({ zhCN: '明确管理党委', en: 'Assign a committee' }),
          onClick: () => assign(ctx, L, o, refresh) }),
        o.managementId ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'end' },
          text: t({ zhCN: '结束管理', en: 'End' }), onClick: () => end(ctx, o, refresh) }) : null) : '—' },
    ],
  });
  container.append(summary, h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '范围', en: 'Show' }), shown)), list.element);
  await Promise.all([drawSummary(), list.ready]);
}

async function end(ctx, org, done) {
  const t = ctx.t;
  const on = h('input', { id: 'bld-management-end-date', name: 'endedOn', type: 'date', value: today() });
  const saved = await formDialog(ctx, {
    id: 'bld-management-end-dialog', title: { zhCN: `结束管理关系：${org.organizationName}`, en: `End the management: ${org.organizationName}` },
    submitText: { zhCN: '确认结束', en: 'End' },
    fields: [h('p', { class: 'muted', text: t({ zhCN: `自结束之日起，${org.organizationName}不再由${org.committeeName}管理，列入无管理党委的组织。`,
      en: `From that day ${org.organizationName} is no longer managed by ${org.committeeName} and is listed with those with none.` }) }),
    field(t({ zhCN: '结束日期', en: 'Ended on' }), on)],
    submit: () => ctx.api(`${API}/management/${org.managementId}/end`, { method: 'POST', body: { endedOn: on.value || null },
      headers: ifMatch(org.version) }),
  });
  if (saved) await done();
}

async function assign(ctx, L, org, done) {
  const t = ctx.t;
  const committee = unitPicker(ctx, { id: 'bld-management-committee', name: 'committeeId',
    caption: { zhCN: '管理党委（党委或党工委，按名称查找）', en: 'Managing committee (find by name)' } });
  const kind = select(L.options(SETS.manager), { id: 'bld-management-kind', name: 'kind' });
  if (org.kind) kind.value = org.kind;
  const since = h('input', { id: 'bld-management-since', name: 'since', type: 'date', value: org.since || today() });
  const body = () => ({ organizationId: org.organizationId, committeeId: committee.value()[0] ?? org.committeeId ?? null, kind: kind.value,
    since: since.value || null });
  const saved = await formDialog(ctx, {
    id: 'bld-management-dialog', title: { zhCN: `明确管理党委：${org.organizationName}`, en: `Managing committee: ${org.organizationName}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [committee.element, field(t({ zhCN: '类别', en: 'Kind' }), kind), field(t({ zhCN: '起始日期', en: 'Since' }), since)],
    submit: () => org.managementId
      ? ctx.api(`${API}/management/${org.managementId}`, { method: 'PUT', body: body(), headers: ifMatch(org.version) })
      : ctx.api(`${API}/management`, { method: 'POST', body: body() }),
  });
  if (saved) await done();
}
