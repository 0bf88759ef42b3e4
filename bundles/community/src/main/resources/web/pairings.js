// 单位双报到: the Party organizations of institutions and enterprises paired with the communities of the scope, with
// the resource, need and project lists; pair a unit, end a pairing (调整对口社区) with the reason; download the list.
import { h, field, scopeOf, pagedTable, pageQuery, formDialog, unitPicker, dateOnly, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today, version } from './module.js';

export async function renderPairings(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const status = h('select', { id: 'community-pairing-status', name: 'status' }, h('option', { value: '', text: t({ zhCN: '全部', en: 'All' }) }),
    ...L.options(SETS.pairing).map(([c, l]) => h('option', { value: c, text: l })));
  const list = pagedTable(ctx, {
    id: 'community-pairing-table',
    caption: { zhCN: '单位双报到', en: 'Paired organizations' },
    load: (paging) => ctx.api(`${API}/pairings?${pageQuery({ unit, status: status.value }, paging)}`),
    rowAttrs: (p) => ({ dataset: { id: p.id } }),
    emptyText: { zhCN: '还没有结对单位。', en: 'No paired unit yet.' },
    columns: [
      { title: { zhCN: '社区', en: 'Community' }, head: true, render: (p) => p.communityName },
      { title: { zhCN: '报到单位', en: 'Paired unit' }, render: (p) => p.partnerName || '' },
      { title: { zhCN: '期限', en: 'Period' }, render: (p) => `${dateOnly(ctx, p.startsOn)} — ${p.endsOn ? dateOnly(ctx, p.endsOn) : ''}` },
      { title: { zhCN: '资源清单', en: 'Resources' }, class: 'wrap', render: (p) => p.resources || '' },
      { title: { zhCN: '需求清单', en: 'Needs' }, class: 'wrap', render: (p) => p.needs || '' },
      { title: { zhCN: '项目清单', en: 'Projects' }, class: 'wrap', render: (p) => p.projects || '' },
      { title: { zhCN: '状态', en: 'State' }, render: (p) => L.label(SETS.pairing, p.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (p) => (p.status === 'ACTIVE' && can(ctx, 'manage')
        ? h('button', { type: 'button', dataset: { action: 'end' }, text: t({ zhCN: '结束结对', en: 'End' }), onclick: () => end(ctx, p, list) }) : '') },
    ],
  });
  status.addEventListener('change', () => list.reload());
  const toolbar = h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '状态', en: 'State' }), status),
    h('button', { type: 'button', id: 'community-pairing-download', text: t({ zhCN: '导出结对清单', en: 'Download the pairings' }),
      onclick: () => download(ctx, `${API}/sheets/pairings?format=XLSX&unit=${unit}`, 'community-pairings.xlsx').catch((e) => ctx.notify(e.message)) }));
  if (can(ctx, 'manage')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'community-pair', text: t({ zhCN: '新增结对', en: 'Pair a unit' }),
      onclick: () => pair(ctx, unit, list) }));
  }
  container.append(toolbar, list.element);
  await list.ready;
}

async function pair(ctx, unit, list) {
  const t = ctx.t;
  const community = unitPicker(ctx, { id: 'community-pair-community', name: 'communityId', caption: { zhCN: '社区', en: 'Community' }, unitType: 'COMMUNITY', unit });
  const partner = unitPicker(ctx, { id: 'community-pair-partner', name: 'partnerId', caption: { zhCN: '报到单位党组织', en: 'Paired organization' } });
  const starts = h('input', { type: 'date', id: 'community-pair-starts', name: 'startsOn', value: today() });
  const ends = h('input', { type: 'date', id: 'community-pair-ends', name: 'endsOn' });
  const text = (id, name) => h('textarea', { id, name, rows: 2 });
  const resources = text('community-pair-resources', 'resources');
  const needs = text('community-pair-needs', 'needs');
  const projects = text('community-pair-projects', 'projects');
  const done = await formDialog(ctx, { id: 'community-pair-dialog', title: { zhCN: '新增结对', en: 'Pair a unit with a community' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [community.element, partner.element, field(t({ zhCN: '开始日期', en: 'From' }), starts), field(t({ zhCN: '结束日期', en: 'Until' }), ends),
      field(t({ zhCN: '资源清单', en: 'Resources' }), resources), field(t({ zhCN: '需求清单', en: 'Needs' }), needs),
      field(t({ zhCN: '项目清单', en: 'Projects' }), projects)],
    submit: () => ctx.api(`${API}/pairings`, { method: 'POST', body: { communityId: community.value()[0], partnerId: partner.value()[0],
      startsOn: starts.value, endsOn: ends.value || null, resources: resources.value, needs: needs.value, projects: projects.value } }) });
  if (done) list.reload();
}

async function end(ctx, p, list) {
  const t = ctx.t;
  const on = h('input', { type: 'date', id: 'community-pair-end-on', name: 'endedOn', value: today() });
  const reason = h('input', { id: 'community-pair-end-reason', name: 'reason' });
  const done = await formDialog(ctx, { id: 'community-pair-end-dialog', title: { zhCN: `结束结对：${p.partnerName}`, en: `End the pairing: ${p.partnerName}` },
    submitText: { zhCN: '结束结对', en: 'End pairing' },
    fields: [field(t({ zhCN: '结束日期', en: 'Date' }), on), field(t({ zhCN: '原因', en: 'Reason' }), reason)],
    submit: () => ctx.api(`${API}/pairings/${p.id}/end`, { method: 'POST', body: { endedOn: on.value, reason: reason.value }, headers: version(p.version) }) });
  if (done) list.reload(true);
}
