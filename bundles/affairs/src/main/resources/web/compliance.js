// 会议制度落实: which Party organizations of the scope held the meetings their rules require in a year, a quarter or
// a month, and what the others miss; the rules in force and who set them.
import { h, field, select, scopeOf, load, yearPicker, table, number, percent } from '/assets/kit.js';
import { API, SETS, can, moduleLabels } from './module.js';

export async function renderCompliance(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'aff-compliance-year', onChange: () => draw() });
  const windows = [['', t({ zhCN: '全年', en: 'Whole year' })],
    ...[1, 2, 3, 4].map((q) => [`q${q}`, t({ zhCN: `第${'一二三四'[q - 1]}季度`, en: `Quarter ${q}` })]),
    ...Array.from({ length: 12 }, (_, i) => [`m${i + 1}`, t({ zhCN: `${i + 1}月`, en: `Month ${i + 1}` })])];
  const window = select(windows, { id: 'aff-compliance-window', name: 'window' });
  window.addEventListener('change', () => draw());
  const body = h('div', { 'aria-live': 'polite' });
  const missingText = (gap) => gap.missing.map((k) => (k.endsWith('-secretary')
    ? t({ zhCN: '书记全年未讲党课', en: 'no lecture by the secretary this year' }) : k)).join('、');
  const draw = () => load(body, ctx, async () => {
    const w = window.value;
    const extra = w.startsWith('q') ? `&quarter=${w.slice(1)}` : w.startsWith('m') ? `&month=${w.slice(1)}` : '';
    const r = await ctx.api(`${API}/compliance?unit=${unit}&year=${year.value()}${extra}&size=200`);
    return [
      h('p', { id: 'aff-compliance-summary', text: t({
        zhCN: `${r.unitName}：党组织 ${r.organizations} 个，全部落实 ${r.compliant} 个，未落实 ${r.behindTotal} 个（截至 ${r.asOf}）。`,
        en: `${r.unitName}: ${r.organizations} Party organizations, ${r.compliant} compliant, ${r.behindTotal} behind (as of ${r.asOf}).` }) }),
      table(ctx, { id: 'aff-compliance-types', caption: { zhCN: '各类会议落实情况', en: 'Compliance per meeting type' }, rows: r.byType, columns: [
        { title: { zhCN: '会议', en: 'Meeting' }, head: true, render: (c) => L.label(SETS.type, c.type) },
        { title: { zhCN: '应召开的党组织', en: 'Organizations due' }, class: 'num', render: (c) => number(ctx, c.organizations) },
        { title: { zhCN: '已落实', en: 'Compliant' }, class: 'num', render: (c) => number(ctx, c.compliant) },
        { title: { zhCN: '落实率', en: 'Rate' }, class: 'num', render: (c) => percent(ctx, c.percent / 100) },
        { title: { zhCN: '本期待召开', en: 'Due this period' }, class: 'num', render: (c) => number(ctx, c.pending) },
      ] }),
      r.behind.length ? table(ctx, { id: 'aff-compliance-behind', caption: { zhCN: '未落实的党组织', en: 'Organizations behind' }, rows: r.behind,
        rowAttrs: (o) => ({ dataset: { organization: o.organizationId } }), columns: [
          { title: { zhCN: '党组织', en: 'Organization' }, head: true, render: (o) => o.name },
          { title: { zhCN: '类型', en: 'Type' }, render: (o) => L.label('core.PartyOrgType', o.partyOrgType) },
          { title: { zhCN: '缺少', en: 'Missing' }, class: 'wrap', render: (o) => o.gaps.map((g) =>
            `${L.label(SETS.type, g.type)}（${L.label(SETS.period, g.period)}）：${missingText(g)}`).join('；') },
        ] }) : h('p', { text: t({ zhCN: '所有党组织均已落实。', en: 'Every organization is compliant.' }) }),
    ];
  }, { zhCN: '没有数据。', en: 'No data.' });

  const rules = h('div', { 'aria-live': 'polite' });
  const drawRules = () => load(rules, ctx, async () => table(ctx, { id: 'aff-rules', caption: { zhCN: '会议制度要求（党支部）', en: 'Meeting rules (branches)' },
    rows: await ctx.api(`${API}/rules?unit=${unit}`), columns: [
      { title: { zhCN: '会议', en: 'Meeting' }, head: true, render: (r) => L.label(SETS.type, r.type) },
      { title: { zhCN: '要求', en: 'Required' }, render: (r) => L.label(SETS.period, r.period) },
      { title: { zhCN: '平台默认', en: 'Platform default' }, render: (r) => L.label(SETS.period, r.platformDefault) },
      { title: { zhCN: '设置单位', en: 'Set by' }, render: (r) => r.setByUnitName || t({ zhCN: '（默认）', en: '(default)' }) },
      { title: { zhCN: '修改', en: 'Change' }, render: (r) => (can(ctx, 'settings') ? ruleSelect(r) : '') },
    ] }));
  function ruleSelect(r) {
    const s = select([['', t({ zhCN: '沿用上级', en: 'Inherit' })], ...L.options(SETS.period)], { name: `period-${r.type}`,
      'aria-label': t({ zhCN: `${L.label(SETS.type, r.type)}要求`, en: `${L.label(SETS.type, r.type)} rule` }) });
    s.value = r.setByUnitId === unit ? r.period : '';
    s.addEventListener('change', async () => {
      try {
        await ctx.api(`${API}/rules`, { method: 'PUT', body: { unitId: unit, type: r.type, period: s.value || null } });
        ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
        await Promise.all([drawRules(), draw()]);
      } catch (e) {
        ctx.notify(e.message);
      }
    });
    return s;
  }
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '期间', en: 'Window' }), window)), body,
    h('h2', { text: t({ zhCN: '会议制度要求', en: 'Meeting rules' }) }), rules);
  await Promise.all([draw(), drawRules()]);
}
