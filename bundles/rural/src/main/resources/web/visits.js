// 村村到: the year's research visits to villages, the villages not visited yet, follow-up tasks, and a form to
// record a visit (village found by name).
import { h, field, scopeOf, pagedTable, pageQuery, yearPicker, formDialog, unitPicker, memberPicker, dateOnly, empty }
  from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';

export async function renderVisits(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const coverage = h('div', { id: 'rural-visit-coverage', 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'rural-visit-year', onChange: () => reload() });
  const toolbar = h('div', { class: 'kit-toolbar' }, year.element);
  if (can(ctx, 'visit')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'rural-visit-new', text: t({ zhCN: '登记走访', en: 'Record a visit' }),
      onClick: () => recordVisit(ctx, () => reload()) }));
  }
  const list = pagedTable(ctx, {
    id: 'rural-visit-table',
    caption: { zhCN: '村村到调研走访', en: '村村到 research visits' },
    sort: '-visitedOn',
    load: (paging) => ctx.api(`${API}/visits?${pageQuery({ unit, year: year.value() }, paging)}`),
    rowAttrs: (v) => ({ dataset: { visit: v.id } }),
    emptyText: { zhCN: '本年度还没有走访记录。', en: 'No visits recorded this year yet.' },
    columns: [
      { title: { zhCN: '日期', en: 'Date' }, sort: 'visitedOn', render: (v) => dateOnly(ctx, v.visitedOn) },
      { title: { zhCN: '村', en: 'Village' }, sort: 'village', head: true, render: (v) => v.villageName },
      { title: { zhCN: '走访领导', en: 'Leader' }, sort: 'leader', render: (v) => v.leaderName },
      { title: { zhCN: '发现问题', en: 'Findings' }, class: 'wrap', render: (v) => v.findings || '' },
      { title: { zhCN: '跟进任务', en: 'Follow-up tasks' }, class: 'wrap', render: (v) => tasks(v) },
    ],
  });
  function tasks(visit) {
    if (!visit.tasks.length) return '—';
    return h('ul', { class: 'plain-list' }, visit.tasks.map((task) => h('li', { dataset: { task: task.id } },
      `${task.description}（${task.owner}，${dateOnly(ctx, task.dueOn)}） `,
      h('span', { class: task.status === 'DONE' ? 'kit-badge kit-badge-ok' : 'kit-badge', text: L.label(SETS.task, task.status) }),
      task.status !== 'DONE' && can(ctx, 'visit') ? h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '标记完成', en: 'Mark done' }),
        onClick: async () => { if (await step(ctx, `tasks/${task.id}/status`, { status: 'DONE' }, task.version)) await list.reload(true); } }) : null)));
  }
  async function drawCoverage() {
    try {
      const c = await ctx.api(`${API}/visits/coverage?unit=${unit}&year=${year.value()}`);
      const names = c.notVisited.map((v) => v.name);
      coverage.replaceChildren(h('ul', { class: 'kpis' },
        h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: `${c.visited} / ${c.villages}` }),
          h('span', { class: 'kpi-name', text: t({ zhCN: '已走访村 / 村总数', en: 'Villages visited / all villages' }) }))),
      names.length ? h('p', { class: 'muted', text: t({ zhCN: `未走访：${names.join('、')}`, en: `Not visited yet: ${names.join(', ')}` }) })
        : c.villages ? h('p', { class: 'muted', text: t({ zhCN: '本年度所有村均已走访。', en: 'Every village has been visited this year.' }) })
          : empty(ctx, { zhCN: '此范围内没有村。', en: 'No villages in this scope.' }));
    } catch (e) {
      coverage.replaceChildren();
      ctx.notify(e.message);
    }
  }
  async function reload() {
    await Promise.all([drawCoverage(), list.reload()]);
  }
  container.append(toolbar, coverage, list.element);
  await Promise.all([drawCoverage(), list.ready]);
}

/** 登记走访: the village found by name, the leader (a member found by name, or a name typed in), date and findings. */
async function recordVisit(ctx, done) {
  const t = ctx.t;
  const village = unitPicker(ctx, { id: 'rural-visit-village', name: 'villageId', unitType: 'VILLAGE',
    caption: { zhCN: '村（按名称查找）', en: 'Village (find by name)' } });
  const leader = memberPicker(ctx, { id: 'rural-visit-leader-member', name: 'leaderMemberId',
    caption: { zhCN: '走访领导（按姓名查找党员，可选）', en: 'Leader (find a member by name, optional)' } });
  const leaderName = h('input', { id: 'rural-visit-leader', name: 'leaderName', maxlength: '100' });
  const visitedOn = h('input', { id: 'rural-visit-date', name: 'visitedOn', type: 'date', required: true,
    value: new Date().toISOString().slice(0, 10) });
  const findings = h('textarea', { id: 'rural-visit-findings', name: 'findings', rows: '4', maxlength: '4000' });
  const saved = await formDialog(ctx, {
    id: 'rural-visit-dialog',
    title: { zhCN: '登记村村到走访', en: 'Record a 村村到 visit' },
    submitText: { zhCN: '登记', en: 'Record' },
    fields: [village.element, leader.element,
      field(t({ zhCN: '走访领导姓名（未选党员时填写）', en: 'Leader\'s name (if no member chosen)' }), leaderName),
      field(t({ zhCN: '走访日期', en: 'Date' }), visitedOn), field(t({ zhCN: '发现问题', en: 'Findings' }), findings)],
    submit: () => {
      const [villageId] = village.value();
      const [chosen] = leader.items();
      return ctx.api(`${API}/visits`, { method: 'POST', body: { villageId: villageId ?? null,
        leaderMemberId: chosen ? chosen.id : null, leaderName: chosen ? chosen.name : leaderName.value,
        visitedOn: visitedOn.value || null, findings: findings.value } });
    },
  });
  if (saved) {
    ctx.notify(t({ zhCN: '走访已登记。', en: 'Visit recorded.' }), 'success');
    await done();
  }
}
