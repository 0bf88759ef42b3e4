// 年度党费明细: yearly statements to print or download. An organization's (its subtree): the year's figures, the
// months' expected and collected amounts, and one line per member with the twelve months (已交, 补缴, 未交, 免交);
// a member's (#/m/dues/statements/<memberId>): every month's dues, the voluntary and special dues, the totals and
// "paid up to" (党费缴至, for the transfer letter). Printing hides the console around the page (statement.css).
import { h, scopeOf, table, yearPicker, unitPicker, memberPicker, dateOnly, percent, download } from '/assets/kit.js';
import { API, SETS, moduleLabels, yuan } from './module.js';

export function printStyles() {
  if (document.getElementById('dues-statement-css')) return;
  document.head.append(h('link', { rel: 'stylesheet', id: 'dues-statement-css', href: new URL('./statement.css', import.meta.url).href }));
}

/** The year asked for in the address (#/m/dues/statements/12?year=2024), else null. */
function askedYear() {
  const query = location.hash.split('?')[1];
  const year = query ? Number(new URLSearchParams(query).get('year')) : NaN;
  return Number.isInteger(year) && year >= 2000 ? year : null;
}

export async function renderStatements(container, ctx) {
  printStyles();
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
  const memberId = ctx.params[0] ? Number(ctx.params[0]) : null;
  const year = await yearPicker(ctx, { id: 'dues-statement-year', onChange: () => load() });
  const asked = askedYear();
  if (asked && [...year.select.options].some((o) => o.value === String(asked))) year.select.value = String(asked);
  const org = unitPicker(ctx, { id: 'dues-statement-unit', name: 'unitId',
    caption: t({ zhCN: '党组织（不选则为当前范围）', en: 'Organization (default: the scope)' }) });
  const member = memberPicker(ctx, { id: 'dues-statement-member', name: 'memberId', caption: t({ zhCN: '或选择党员', en: 'Or a member' }) });
  const body = h('article', { class: 'dues-statement', id: 'dues-statement', 'aria-live': 'polite' });
  const show = h('button', { type: 'button', class: 'primary', id: 'dues-statement-show', text: t({ zhCN: '查看', en: 'Show' }),
    onClick: () => {
      const chosen = member.value()[0];
      if (chosen) ctx.navigate(`#/m/dues/statements/${chosen}?year=${year.value()}`);
      else if (memberId) ctx.navigate(`#/m/dues/statements?year=${year.value()}`);
      else load();
    } });
  const print = h('button', { type: 'button', id: 'dues-statement-print', text: t({ zhCN: '打印', en: 'Print' }), onClick: () => window.print() });
  const exportXlsx = h('button', { type: 'button', id: 'dues-statement-export', text: t({ zhCN: '导出（XLSX）', en: 'Export (XLSX)' }),
    onClick: () => {
      const path = memberId ? `${API}/members/${memberId}/statement/export?year=${year.value()}&format=XLSX`
        : `${API}/units/${chosenUnit()}/statement/export?year=${year.value()}&format=XLSX`;
      download(ctx, path, `dues-statement-${year.value()}.xlsx`).catch((e) => ctx.notify(e.message));
    } });
  const chosenUnit = () => (org.value().length ? Number(org.value()[0]) : unit);
  const documents = documentButtons(ctx, 'dues-statement', () => (memberId ? `${API}/members/${memberId}/statement/document`
    : `${API}/units/${chosenUnit()}/statement/document`) + `?year=${year.value()}`, () => `dues-statement-${year.value()}`);
  container.append(h('div', { class: 'toolbar no-print' }, year.element, memberId ? null : org.element, member.element,
    h('div', { class: 'form-buttons' }, show, print, exportXlsx, ...documents)), body);

  async function load() {
    body.replaceChildren(h('p', { class: 'muted', text: t({ zhCN: '正在加载…', en: 'Loading…' }) }));
    try {
      if (memberId) {
        memberStatement(ctx, L, body, await ctx.api(`${API}/members/${memberId}/statement?year=${year.value()}`));
      } else {
        unitStatement(ctx, L, body, await ctx.api(`${API}/units/${chosenUnit()}/statement?year=${year.value()}`));
      }
    } catch (e) {
      body.replaceChildren();
      ctx.notify(e.message);
    }
  }
  await load();
}

/** Word and PDF buttons (ids <prefix>-docx, <prefix>-pdf): path() without the format, name() without the extension. */
export function documentButtons(ctx, prefix, path, name) {
  return [['DOCX', 'docx', { zhCN: '下载 Word', en: 'Word' }], ['PDF', 'pdf', { zhCN: '下载 PDF', en: 'PDF' }]].map(([format, ext, text]) =>
    h('button', { type: 'button', id: `${prefix}-${ext}`, text: ctx.t(text),
      onClick: () => download(ctx, `${path()}&format=${format}`, `${name()}.${ext}`).catch((e) => ctx.notify(e.message)) }));
}

function facts(ctx, rows) {
  return h('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [h('dt', { text: ctx.t(k) }), h('dd', { text: v })]));
}

function unitStatement(ctx, L, body, s) {
  const t = ctx.t;
  const f = s.total;
  const months = table(ctx, {
    id: 'dues-statement-months',
    caption: { zhCN: '各月收缴', en: 'By month' },
    rows: s.months,
    columns: [
      { title: { zhCN: '月份', en: 'Month' }, head: true, render: (m) => m.period },
      { title: { zhCN: '应交', en: 'Expected' }, class: 'num', render: (m) => yuan(m.expected) },
      { title: { zhCN: '实交', en: 'Collected' }, class: 'num', render: (m) => yuan(m.collected) },
      { title: { zhCN: '收缴率', en: 'Rate' }, class: 'num', render: (m) => (m.ratePercent == null ? '—' : percent(ctx, m.ratePercent / 100)) },
      { title: { zhCN: '已结算 / 收缴单位', en: 'Settled / organizations' }, class: 'num', render: (m) => `${m.settled} / ${m.organizations}` },
    ] });
  const monthColumns = Array.from({ length: 12 }, (_, i) => ({ title: { zhCN: `${i + 1}月`, en: `${i + 1}` }, class: 'mark',
    render: (line) => (line.months[i] ? L.label(SETS.mark, line.months[i]) : '') }));
  const ledger = () => table(ctx, {
    id: 'dues-statement-members',
    caption: { zhCN: '党员交纳明细', en: 'Members' },
    rows: s.members,
    rowAttrs: (line) => ({ dataset: { member: line.memberId } }),
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true,
        render: (line) => h('a', { href: `#/m/dues/statements/${line.memberId}?year=${s.year}`, text: line.memberName }) },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (line) => line.organizationName || '' },
      ...monthColumns,
      { title: { zhCN: '应交', en: 'Due' }, class: 'num', render: (line) => yuan(line.due) },
      { title: { zhCN: '实交', en: 'Paid' }, class: 'num', render: (line) => yuan(line.paid) },
      { title: { zhCN: '多交/特殊', en: 'Extras' }, class: 'num', render: (line) => yuan(line.extras) },
    ] });
  body.replaceChildren(h('h1', { id: 'dues-statement-title', text: t({ zhCN: `${s.unitName}${s.year}年度党费收缴明细`,
    en: `Dues statement ${s.year}: ${s.unitName}` }) }),
  facts(ctx, [
    [{ zhCN: '应交党费', en: 'Expected' }, yuan(f.expected)],
    [{ zhCN: '实交党费', en: 'Collected' }, yuan(f.collected)],
    [{ zhCN: '收缴率', en: 'Collection rate' }, f.ratePercent == null ? '—' : percent(ctx, f.ratePercent / 100)],
    [{ zhCN: '其中补缴', en: 'Back-payments' }, yuan(f.backPayments)],
    [{ zhCN: '自愿多交 / 特殊党费', en: 'Voluntary / special' }, `${yuan(f.voluntary)} / ${yuan(f.special)}`],
    [{ zhCN: '欠缴党员（连续六个月以上）', en: 'Members in arrears (six months or more)' }, `${f.membersInArrears}（${f.sixMonthsOrMore}）`],
  ]),
  h('h2', { text: t({ zhCN: '各月收缴', en: 'By month' }) }), months,
  h('h2', { text: t({ zhCN: `党员交纳明细（${s.members.length} 人）`, en: `Members (${s.members.length})` }) }),
  s.members.length ? lazily(ctx, s.members.length, ledger) : h('p', { class: 'muted kit-empty', text: t({ zhCN: '本年度没有党费记录。', en: 'No dues this year.' }) }));
}

// a street's or the district's ledger has thousands of lines: drawn on demand (the export holds them all)
const AT_ONCE = 500;

function lazily(ctx, count, ledger) {
  if (count <= AT_ONCE) return ledger();
  const holder = h('div', { id: 'dues-statement-ledger' });
  holder.append(h('button', { type: 'button', class: 'no-print', id: 'dues-statement-all',
    text: ctx.t({ zhCN: `显示全部 ${count} 名党员的明细`, en: `Show all ${count} members` }),
    onClick: () => holder.replaceChildren(ledger()) }));
  return holder;
}

export function memberStatement(ctx, L, body, s) {
  const t = ctx.t;
  const dues = table(ctx, {
    id: 'dues-statement-dues',
    caption: { zhCN: '各月党费', en: 'Monthly dues' },
    rows: s.months,
    rowAttrs: (d) => ({ dataset: { status: d.status } }),
    columns: [
      { title: { zhCN: '月份', en: 'Month' }, head: true, render: (d) => d.period },
      { title: { zhCN: '类别', en: 'Category' }, render: (d) => L.label(SETS.category, d.category) },
      { title: { zhCN: '应交', en: 'Due' }, class: 'num', render: (d) => yuan(d.amountDue) },
      { title: { zhCN: '状态', en: 'Status' }, render: (d) => L.label(SETS.due, d.status) + (d.backPayment ? t({ zhCN: '（补缴）', en: ' (paid late)' }) : '') },
      { title: { zhCN: '实交', en: 'Paid' }, class: 'num', render: (d) => (d.paidAmount == null ? '—' : yuan(d.paidAmount)) },
      { title: { zhCN: '交纳日期', en: 'Paid on' }, render: (d) => (d.paidOn ? dateOnly(ctx, d.paidOn) : '—') },
      { title: { zhCN: '方式', en: 'Channel' }, render: (d) => (d.channel ? L.label(SETS.channel, d.channel) : '—') },
    ] });
  const extras = table(ctx, {
    id: 'dues-statement-extras',
    caption: { zhCN: '自愿多交和特殊党费', en: 'Voluntary and special dues' },
    rows: s.extras,
    columns: [
      { title: { zhCN: '日期', en: 'Date' }, head: true, render: (e) => dateOnly(ctx, e.paidOn) },
      { title: { zhCN: '类型', en: 'Kind' }, render: (e) => L.label(SETS.extra, e.kind) },
      { title: { zhCN: '金额', en: 'Amount' }, class: 'num', render: (e) => yuan(e.amount) },
      { title: { zhCN: '备注', en: 'Note' }, render: (e) => e.note || '' },
    ] });
  body.replaceChildren(h('h1', { id: 'dues-statement-title', text: t({ zhCN: `${s.memberName} ${s.year}年度党费交纳明细`,
    en: `Dues statement ${s.year}: ${s.memberName}` }) }),
  facts(ctx, [
    [{ zhCN: '应交合计', en: 'Due' }, yuan(s.due)],
    [{ zhCN: '实交合计', en: 'Paid' }, yuan(s.paid)],
    [{ zhCN: '党费缴至', en: 'Paid up to' }, s.paidUpTo || '—'],
  ]),
  h('h2', { text: t({ zhCN: '各月党费', en: 'Monthly dues' }) }),
  s.months.length ? dues : h('p', { class: 'muted kit-empty', text: t({ zhCN: '本年度没有党费记录。', en: 'No dues this year.' }) }),
  h('h2', { text: t({ zhCN: '自愿多交和特殊党费', en: 'Voluntary and special dues' }) }),
  s.extras.length ? extras : h('p', { class: 'muted', text: t({ zhCN: '无。', en: 'None.' }) }));
}
