// 党内统计年报: the annual Party statistics tables of a unit's subtree for a year (GET /api/core/annual-stats/tables),
// computed from the data, never typed; the XLSX download (one sheet per table); the reporting workflow (the unit
// prepares and submits its tables, the level above accepts them or returns them with a reason); and, for the level
// above, which units below have not submitted. #/annual-stats shows the scope unit; #/annual-stats/<unit>/<year>
// another unit of the scope (the links of the list below and of the notifications).
import { h, field, table, formDialog, loading, failed, empty, download, dateTime, actor, number, percent, yearPicker,
  ifMatch }
  from '../kit.js';
import { clear } from '../dom.js';

const TEXT = {
  noScope: { zhCN: '请先在“组织架构”中选择单位作为工作范围。', en: 'Choose a unit as your scope under Organizations first.' },
  intro: { zhCN: '以下各表由平台按党员、党组织和组织关系转接等数据自动统计（截至当年12月31日），不需手工填报；本单位编制后报上级，上级接收或退回。',
    en: 'The tables are counted by the platform from the member, organization and transfer data (as of 31 December of the year), never typed; the unit prepares them and submits them to the level above, which accepts or returns them.' },
  heading: { zhCN: '{name}{year}年度党内统计年报', en: 'Annual Party statistics {year}: {name}' },
  totals: { zhCN: '党员 {members} 名，党组织 {organizations} 个（截至 {asOf}）', en: '{members} members, {organizations} Party organizations (as of {asOf})' },
  download: { zhCN: '下载 Excel（每表一页）', en: 'Download Excel (a sheet per table)' },
  report: { zhCN: '本单位年报上报情况', en: 'This unit\'s report' },
  status: { zhCN: '状态', en: 'Status' },
  parent: { zhCN: '上报至', en: 'Submitted to' },
  top: { zhCN: '（最上级单位，无需上报）', en: '(the top of the tree: nothing to submit to)' },
  prepared: { zhCN: '编制', en: 'Prepared' },
  submitted: { zhCN: '上报', en: 'Submitted' },
  decided: { zhCN: '上级处理', en: 'Decided' },
  reason: { zhCN: '退回原因', en: 'Reason for return' },
  reasonHint: { zhCN: '写明需要核实或更正的内容，最多500字', en: 'What to check or correct, at most 500 characters' },
  history: { zhCN: '办理记录', en: 'History' },
  preparedMembers: { zhCN: '编制时党员数', en: 'Members when prepared' },
  below: { zhCN: '下级单位上报情况', en: 'Units below' },
  belowSummary: { zhCN: '应报 {expected} 个，已报 {submitted} 个（已接收 {accepted} 个），未报 {missing} 个', en: '{expected} expected, {submitted} submitted ({accepted} accepted), {missing} missing' },
  noneBelow: { zhCN: '本单位没有需要上报年报的下级党组织。', en: 'No Party organization below this unit reports to it.' },
  unit: { zhCN: '单位', en: 'Unit' },
  members: { zhCN: '党员数', en: 'Members' },
  submittedAt: { zhCN: '上报时间', en: 'Submitted at' },
  missing: { zhCN: '未报', en: 'Missing' },
  count: { zhCN: '数量', en: 'Count' },
  share: { zhCN: '占比', en: 'Share' },
  total: { zhCN: '合计', en: 'Total' },
  done: { zhCN: '已{action}。', en: 'Done: {action}.' },
  contributors: { zhCN: '增减情况含以下模块的数据：{names}', en: 'The changes include the data of: {names}' },
};
const STATUS = {
  NONE: { zhCN: '未编制', en: 'Not prepared' }, PREPARED: { zhCN: '已编制', en: 'Prepared' },
  SUBMITTED: { zhCN: '已上报', en: 'Submitted' }, RETURNED: { zhCN: '已退回', en: 'Returned' }, ACCEPTED: { zhCN: '已接收', en: 'Accepted' },
};
const ACTION = {
  PREPARE: { zhCN: '编制', en: 'Prepare' }, SUBMIT: { zhCN: '上报', en: 'Submit' },
  ACCEPT: { zhCN: '接收', en: 'Accept' }, RETURN: { zhCN: '退回', en: 'Return' },
};

export async function render(container, ctx) {
  const { t } = ctx;
  const unitId = ctx.params[0] ? Number(ctx.params[0]) : ctx.unit && ctx.unit.id;
  if (unitId == null) {
    container.append(empty(ctx, TEXT.noScope));
    return;
  }
  const { element: yearField, select: year } = await yearPicker(ctx, { id: 'as-year' });
  if (ctx.params[1]) {
    if (![...year.options].some((o) => o.value === ctx.params[1])) year.append(h('option', { value: ctx.params[1], text: ctx.params[1] }));
    year.value = ctx.params[1];
  }
  const xlsx = h('button', { type: 'button', id: 'as-download', text: t(TEXT.download),
    onClick: () => download(ctx, `annual-stats/tables/xlsx?unit=${unitId}&year=${year.value}`, `annual-stats-${year.value}.xlsx`)
      .catch((e) => ctx.notify(e.message)) });
  const body = h('div', { id: 'annual-stats', 'aria-live': 'polite' });
  container.append(h('p', { class: 'intro', text: t(TEXT.intro) }), h('div', { class: 'toolbar' }, yearField, xlsx), body);

  async function load() {
    clear(body).append(loading(ctx));
    try {
      const y = Number(year.value);
      const [tables, report, below] = await Promise.all([
        ctx.api(`annual-stats/tables?unit=${unitId}&year=${y}`),
        ctx.api(`annual-stats/reports/${unitId}/${y}`),
        ctx.api(`annual-stats/reports/${unitId}/${y}/below`)]);
      clear(body).append(
        h('h1', { id: 'as-title', text: t(TEXT.heading, { name: tables.unitName, year: tables.year }) }),
        h('p', { id: 'as-totals', class: 'muted', text: t(TEXT.totals, { members: number(ctx, tables.members, 0),
          organizations: number(ctx, tables.organizations, 0), asOf: tables.asOf }) }),
        reportPanel(ctx, report, load), belowPanel(ctx, below),
        h('div', { class: 'as-tables' }, tables.tables.map((tb) => statTable(ctx, tb))),
        tables.contributors.length ? h('p', { class: 'muted', text: t(TEXT.contributors, { names: moduleNames(ctx, tables.contributors) }) }) : null);
    } catch (e) {
      clear(body).append(failed(ctx, e));
    }
  }
  year.addEventListener('change', () => load());
  await load();
}

function reportPanel(ctx, report, reload) {
  const { t } = ctx;
  const facts = [
    [TEXT.status, h('strong', { id: 'as-status', dataset: { status: report.status }, text: t(STATUS[report.status]) })],
    [TEXT.parent, report.parentId == null ? t(TEXT.top) : (report.parentName || '—')],
    [TEXT.prepared, report.preparedAt ? `${actor(ctx, report.preparedBy)} · ${dateTime(ctx, report.preparedAt)}` : '—'],
    [TEXT.submitted, report.submittedAt ? `${actor(ctx, report.submittedBy)} · ${dateTime(ctx, report.submittedAt)}` : '—'],
    [TEXT.decided, report.decidedAt ? `${actor(ctx, report.decidedBy)} · ${dateTime(ctx, report.decidedAt)}` : '—'],
    [TEXT.preparedMembers, report.members == null ? '—' : number(ctx, report.members, 0)],
  ];
  if (report.returnReason) facts.push([TEXT.reason, h('span', { id: 'as-return-reason', text: report.returnReason })]);
  const buttons = report.allowed.map((a) => h('button', { type: 'button', class: a === 'RETURN' ? 'danger' : 'primary',
    id: `as-${a.toLowerCase()}`, dataset: { action: a }, text: t(ACTION[a]), onClick: () => take(ctx, report, a, reload) }));
  const history = report.history.length ? h('details', { class: 'as-history' }, h('summary', { text: t(TEXT.history) }),
    h('ol', {}, report.history.map((e) => h('li', { text: `${dateTime(ctx, e.at)} ${actor(ctx, e.actor)} ${t(ACTION[e.action])} → ${t(STATUS[e.status])}${e.reason ? `：${e.reason}` : ''}` })))) : null;
  return h('section', { class: 'panel', id: 'as-report' }, h('h2', { text: t(TEXT.report) }),
    h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', {}, v)])),
    buttons.length ? h('div', { class: 'form-buttons' }, buttons) : null, history);
}

async function take(ctx, report, action, reload) {
  const { t } = ctx;
  const path = `annual-stats/reports/${report.unitId}/${report.year}/${action.toLowerCase()}`;
  if (action === 'RETURN') {
    const reason = h('textarea', { name: 'reason', id: 'as-reason', rows: 3, maxlength: 500 });
    const done = await formDialog(ctx, { title: ACTION.RETURN, id: 'as-return-dialog', submitText: ACTION.RETURN,
      fields: [field(t(TEXT.reason), reason, t(TEXT.reasonHint))],
      submit: () => ctx.api(path, { method: 'POST', body: { reason: reason.value }, headers: ifMatch(report.version) }) });
    if (!done) return;
  } else {
    try {
      await ctx.api(path, { method: 'POST', headers: ifMatch(report.version) });
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
  }
  ctx.notify(t(TEXT.done, { action: t(ACTION[action]) }), 'success');
  await reload();
}

function belowPanel(ctx, below) {
  const { t } = ctx;
  if (!below.expected) return h('section', { class: 'panel', id: 'as-below' }, h('h2', { text: t(TEXT.below) }), h('p', { class: 'muted', text: t(TEXT.noneBelow) }));
  return h('section', { class: 'panel', id: 'as-below' }, h('h2', { text: t(TEXT.below) }),
    h('p', { id: 'as-below-summary', text: t(TEXT.belowSummary, below) }),
    table(ctx, { id: 'as-below-table', caption: TEXT.below,
      rowAttrs: (u) => ({ dataset: { unit: u.unitId, missing: String(u.missing) }, class: u.missing ? 'as-missing' : '' }),
      columns: [
        { title: TEXT.unit, head: true, render: (u) => h('a', { href: `#/annual-stats/${u.unitId}/${below.year}`, text: u.name }) },
        { title: TEXT.status, render: (u) => `${t(STATUS[u.status])}${u.missing ? `（${t(TEXT.missing)}）` : ''}${u.returnReason ? `：${u.returnReason}` : ''}` },
        { title: TEXT.members, class: 'num', render: (u) => (u.members == null ? '—' : number(ctx, u.members, 0)) },
        { title: TEXT.submittedAt, render: (u) => dateTime(ctx, u.submittedAt) },
      ],
      rows: below.units }));
}

function statTable(ctx, tb) {
  const { t } = ctx;
  const rows = [...tb.rows, { key: '__total', label: TEXT.total, count: tb.total }];
  return h('section', { class: 'panel as-table', dataset: { table: tb.id } }, h('h2', { text: t(tb.title) }),
    table(ctx, { id: `as-${tb.id.replace(/\./g, '-')}`, caption: tb.title,
      rowAttrs: (r) => ({ dataset: { key: r.key } }),
      columns: [
        { title: tb.keyHeading, head: true, render: (r) => t(r.label) },
        { title: TEXT.count, class: 'num', render: (r) => number(ctx, r.count, 0) },
        { title: TEXT.share, class: 'num', render: (r) => (tb.total ? percent(ctx, r.count / tb.total) : '—') },
      ],
      rows }));
}

function moduleNames(ctx, ids) {
  const names = new Map(((ctx.registry && ctx.registry().registry) || []).map((m) => [m.id, ctx.t(m.name)]));
  return ids.map((id) => names.get(id) || id).join(ctx.lang === 'en' ? ', ' : '、');
}
