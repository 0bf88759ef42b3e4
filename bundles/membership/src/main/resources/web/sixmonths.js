// 六个月规则: members of the subtree who for six months took no part in organizational life, paid no dues (or did no
// assigned work), as the modules that record these (affairs, dues) tell; for the secretary to look into.
import { h, field, scopeOf, pagedTable, pageQuery } from '/assets/kit.js';
import { API, SETS, moduleLabels, today } from './module.js';

export async function renderSixMonths(container, ctx) {
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
  const asOf = h('input', { type: 'date', id: 'membership-six-months-as-of', value: today() });
  const summary = h('p', { id: 'membership-six-months-summary', role: 'status' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '检查六个月规则', en: 'Check the six-month rule' }) },
    field(t({ zhCN: '截至日期', en: 'As of' }), asOf),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '检查', en: 'Check' }) })));
  const gaps = (c) => c.gaps.map((g) => `${L.label(SETS.participation, g.kind)}${t({ zhCN: '：', en: ': ' })}${g.last
    ? t({ zhCN: `最近 ${g.last}`, en: `last ${g.last}` }) : t({ zhCN: '无记录', en: 'none recorded' })}`).join(t({ zhCN: '；', en: '; ' }));
  const list = pagedTable(ctx, {
    id: 'membership-six-months-table',
    caption: { zhCN: '连续六个月未履行党员义务的党员', en: 'Members meeting the six-month rule' },
    load: async (paging) => {
      const report = await ctx.api(`${API}/six-months?${pageQuery({ unit, asOf: asOf.value || today() }, paging)}`);
      summary.textContent = describe(ctx, L, report);
      return report;
    },
    emptyText: { zhCN: '没有符合条件的党员。', en: 'No member meets the rule.' },
    emptyHint: { zhCN: '名单依据已安装的基础党务（会议出勤）和党费（交纳月份）模块的记录。', en: 'The list comes from the records of the installed affairs (attendance) and dues (months paid) modules.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (c) => c.memberName },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (c) => c.organizationName || '' },
      { title: { zhCN: '党员状态', en: 'Status' }, render: (c) => L.label(SETS.memberStatus, c.status) },
      { title: { zhCN: '满六个月之日', en: 'Six months on' }, render: (c) => c.since },
      { title: { zhCN: '未履行', en: 'Lapsed' }, render: gaps },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(h('p', { class: 'hint', text: t({
    zhCN: '党章规定：党员无正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。请支部逐一核实有无正当理由，再按规定处理（在“党籍处置”中登记）。',
    en: 'A member who for six consecutive months without a proper reason takes no part in organizational life, pays no dues or does no assigned work is regarded as having left of their own accord. The branch checks each case for a proper reason before acting (recorded under Membership status).' }) }),
  filters, summary, list.element);
  await list.ready;
}

function describe(ctx, L, report) {
  const t = ctx.t;
  if (!report.checked.length) {
    return t({ zhCN: '未安装基础党务或党费模块，没有可供检查的记录。', en: 'Neither affairs nor dues is installed: there is nothing to check.' });
  }
  const checked = report.checked.map((k) => L.label(SETS.participation, k)).join(t({ zhCN: '、', en: ', ' }));
  return t({ zhCN: `截至 ${report.asOf}（最近一次早于 ${report.cutoff} 即列入），检查：${checked}；共 ${report.total} 人。`,
    en: `As of ${report.asOf} (last time before ${report.cutoff}), checked: ${checked}; ${report.total} members.` });
}
