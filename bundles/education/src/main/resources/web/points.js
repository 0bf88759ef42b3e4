// 学习积分: the district's rules (points per approved study hour of each source; district administrators change
// them here) and the yearly ranking of the members of the scope, equal points sharing a rank.
import { h, scopeOf, table, load, pagedTable, pageQuery, yearPicker, submitForm } from '/assets/kit.js';
import { API, SETS, can, labelsOrNotify } from './module.js';

export async function renderPoints(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await labelsOrNotify(ctx);
  if (!L) return;
  const year = await yearPicker(ctx, { id: 'edu-points-year', onChange: () => ranking.reload(true) });
  const rules = h('div', { class: 'panel', id: 'edu-point-rules', 'aria-live': 'polite' });
  const ranking = pagedTable(ctx, {
    id: 'edu-ranking-table',
    caption: { zhCN: '积分排名', en: 'Ranking' },
    load: (paging) => ctx.api(`${API}/points/ranking?${pageQuery({ unit, year: year.value() }, paging)}`),
    emptyText: { zhCN: '本年度还没有积分。', en: 'No points this year yet.' },
    columns: [
      { title: { zhCN: '名次', en: 'Rank' }, class: 'num', render: (p) => String(p.rank) },
      { title: { zhCN: '党员', en: 'Member' }, head: true, render: (p) => p.memberName },
      { title: { zhCN: '所在组织', en: 'Unit' }, render: (p) => p.unitName || '' },
      { title: { zhCN: '认定学时', en: 'Hours' }, class: 'num', render: (p) => String(p.hours) },
      { title: { zhCN: '积分', en: 'Points' }, class: 'num', render: (p) => String(p.points) },
    ],
  });
  const drawRules = () => load(rules, ctx, async () => rulesPanel(ctx, L, await ctx.api(`${API}/points/rules`), drawRules));
  container.append(rules, h('div', { class: 'kit-toolbar' }, year.element), ranking.element);
  await Promise.all([drawRules(), ranking.reload()]);
}

function rulesPanel(ctx, L, rules, redraw) {
  const t = ctx.t;
  const nodes = [table(ctx, { id: 'edu-point-rule-table', caption: { zhCN: '积分规则', en: 'Point rules' }, rows: rules,
    rowAttrs: (r) => ({ dataset: { source: r.source } }),
    columns: [
      { title: { zhCN: '学时来源', en: 'Source' }, head: true, render: (r) => L.label(SETS.source, r.source) },
      { title: { zhCN: '每学时积分', en: 'Points per hour' }, class: 'num', render: (r) => String(r.pointsPerHour) },
      { title: { zhCN: '设置', en: 'Set by' }, render: (r) => (r.builtIn ? t({ zhCN: '默认', en: 'default' }) : t({ zhCN: '全区设置', en: 'district' })) },
    ] })];
  if (can(ctx, 'points')) {
    for (const r of rules) {
      const value = h('input', { id: `edu-rule-${r.source}`, name: 'pointsPerHour', type: 'number', min: '0', max: '10', step: '0.5',
        value: String(r.pointsPerHour), 'aria-label': L.label(SETS.source, r.source) });
      const form = h('form', { class: 'filter-form', dataset: { source: r.source } },
        h('label', { for: value.id, text: L.label(SETS.source, r.source) }), value,
        h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const saved = await submitForm(ctx, form, () => ctx.api(`${API}/points/rules/${r.source}`, { method: 'PUT',
          body: { pointsPerHour: Number(value.value) } }));
        if (saved) {
          ctx.notify(t({ zhCN: '已保存，本年度积分按新规则计算。', en: 'Saved; the year\'s points follow the new rule.' }), 'success');
          await redraw();
        }
      });
      nodes.push(form);
    }
  }
  return nodes;
}
