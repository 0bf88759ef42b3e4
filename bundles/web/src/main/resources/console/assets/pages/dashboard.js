// The dashboard of the scope unit (the district, or any street or park): every figure comes from
// GET /api/core/statistics, which asks each active module's statistics provider to count its data for the
// subtree and year. Shown as key figures, distributions (the breakdowns) and five-year trends. The scope and the
// year are switched on the page itself and kept in the address (?scope=&year=): Back, Forward and reload return to them.
import { h, clear, field, uid } from '../dom.js';
import { yearPicker } from '../kit/pickers.js';
import { codeLabel, unitLabel } from '../i18n.js';
import { formatNumber } from '../format.js';
import { ChartBoard } from '../chart-board.js';
import { addListedUnits } from '../unit-names.js';

const TREND_YEARS = 5;
const PALETTE = ['#c8161d', '#e8743b', '#f2b134', '#2f7ebc', '#4a9d5b', '#8e5ea2', '#5fb8c3', '#a0522d', '#6b7b8c'];

export async function render(container, ctx) {
  const { t } = ctx;
  if (!ctx.unit) {
    container.append(h('p', { class: 'muted', text: t('dash.noScope') }));
    return;
  }
  // a member's account reads no statistics: the workbench then points to the member's own pages instead of failing
  if (!ctx.can('core.statistics.read')) {
    container.append(h('p', { class: 'muted', id: 'dash-no-statistics', text: t({
      zhCN: '您的账号不查看统计数据。请从左侧菜单进入您要办理的事项。',
      en: 'Your account does not read statistics. Choose what you need from the menu on the left.' }) }));
    return;
  }
  // the charting library (ECharts, a megabyte of script) loads and compiles while the figures are asked for
  const library = import('../vendor.js');
  // the year starts at the newest year with data (GET statistics/years), not at a year nobody has recorded yet
  const [{ select: year }, scope] = await Promise.all([yearPicker(ctx, { id: 'dash-year', name: 'year' }), scopeSwitcher(ctx)]);
  // the address names the scope and year shown from the start, so that a later switch is one step back from here
  ctx.mergeQuery({ year: year.value }, { replace: true });
  const body = h('div', { class: 'dashboard', id: 'dashboard' });
  container.append(h('div', { class: 'toolbar dash-toolbar' },
    h('p', { class: 'muted', text: t('dash.scope', { name: ctx.unit.name }) }), field(t('dash.switchScope'), scope),
    field(t('common.year'), year)), body);
  // the charts' board is made once ECharts has arrived (with the first figures); a page left before then makes none
  let board = null;
  let left = false;
  ctx.onCleanup(() => {
    left = true;
    if (board) board.dispose();
  });

  async function load() {
    if (board) board.clear();
    clear(body).append(h('p', { class: 'muted', role: 'status', text: t('common.loading') }));
    const selected = Number(year.value);
    const years = Array.from({ length: TREND_YEARS }, (_, i) => selected - TREND_YEARS + 1 + i);
    // core's line is the roll at each year's end, rebuilt from join dates, leavings and transfers (history, not today's roll)
    const [{ echarts }, [roll, ...answers]] = await Promise.all([library, Promise.allSettled([
      ctx.api(`statistics/members-at-year-end?subtreeOf=${ctx.unit.id}&from=${years[0]}&to=${years[years.length - 1]}`),
      ...years.map((y) => ctx.api(`statistics?subtreeOf=${ctx.unit.id}&year=${y}`))])]);
    if (left) return;
    board = board || new ChartBoard(echarts);
    clear(body);
    const current = answers[answers.length - 1];
    if (current.status === 'rejected') {
      ctx.notify(current.reason.message);
      return;
    }
    const failedTrend = answers.find((a) => a.status === 'rejected');
    if (failedTrend) ctx.notify(failedTrend.reason.message);
    if (roll.status === 'rejected') ctx.notify(roll.reason.message);
    const modules = current.value.modules || [];
    const failed = current.value.failed || [];
    const names = moduleNames(ctx);
    // a module whose figures could not be computed is named, not left out (the server logged its error)
    for (const module of failed) {
      const title = names.get(module) || (module === 'core' ? t('dash.module.core') : module);
      body.append(h('section', { class: 'panel dash-module dash-failed', dataset: { module } }, [
        h('h2', { text: title }),
        h('p', { class: 'field-error', role: 'status', text: t('dash.failed') }),
      ]));
    }
    if (!modules.length) {
      if (!failed.length) body.append(h('p', { class: 'muted', text: t('dash.noData') }));
      return;
    }
    for (const { module, statistics } of modules) {
      const history = years.map((y, i) => {
        const answer = answers[i];
        if (answer.status !== 'fulfilled') return null;
        const entry = (answer.value.modules || []).find((m) => m.module === module);
        return entry ? entry.statistics : null;
      });
      const rollLine = module === 'core' && roll.status === 'fulfilled'
        ? [{ name: t('dash.membersAtYearEnd'), values: roll.value.years.map((y) => y.members) }] : [];
      body.append(moduleSection(ctx, module, names.get(module) || (module === 'core' ? t('dash.module.core') : module),
        statistics, years, history, rollLine, board));
    }
  }

  year.addEventListener('change', () => load().catch((e) => ctx.notify(e.message)));
  await load();
}

/**
 * The scope switcher: the units above the scope (those the reader may see), the scope, and the units right below it
 * (the streets and parks of the district). Choosing one opens the dashboard of that unit as a new step in the history.
 */
async function scopeSwitcher(ctx) {
  const { api, unit, account } = ctx;
  const own = await api(`organizations/${unit.id}`).catch(() => ({ id: unit.id, name: unit.name, path: '' }));
  const pathIds = (own.path || '').split('/').filter(Boolean).map(Number).filter((id) => id !== own.id);
  // only the units above that the reader may see: from the account's own unit down (all, for a platform-wide account)
  const mine = account && account.organizationId != null ? pathIds.indexOf(account.organizationId) : 0;
  const aboveIds = mine < 0 ? [] : pathIds.slice(mine);
  const [known, below] = await Promise.all([
    addListedUnits(api, new Map(), aboveIds).catch(() => new Map()),
    api(`organizations/${own.id}/children`).catch(() => [])]);
  const above = aboveIds.map((id) => known.get(id));
  const choices = [...above.filter(Boolean).map((u, i) => [u, i]), [own, above.filter(Boolean).length],
    ...below.map((u) => [u, above.filter(Boolean).length + 1])];
  const control = h('select', { id: 'dash-scope', name: 'scope' }, choices.map(([u, depth]) => h('option', {
    value: String(u.id), selected: u.id === own.id, text: `${'\u3000'.repeat(depth)}${u.name}` })));
  control.addEventListener('change', () => {
    const query = new URLSearchParams(location.hash.split('?')[1] || '');
    query.set('scope', control.value);
    ctx.navigate(`#/dashboard?${query}`);
  });
  return control;
}

function moduleNames(ctx) {
  const names = new Map();
  const { registry } = ctx.registry();
  for (const m of registry || []) names.set(m.id, ctx.t(m.name));
  return names;
}

/**
 * The module's figures that are one total split several ways (core's members by category and by status, industrial's
 * requests by status, by category and per grid): the same value, the same unit, and each breakdown adding up to it.
 * They become one key figure (and one trend line); each split keeps its chart.
 * Answers [{figures: [statistic…], name}], in the order of the first figure of each group.
 */
function sameTotals(t, statistics) {
  const groups = [];
  const splits = (s) => {
    const parts = Object.values(s.breakdown || {});
    return parts.length >= 1 && Math.abs(parts.reduce((a, b) => a + b, 0) - s.value) < 1e-6;
  };
  for (const s of statistics) {
    const group = splits(s) && groups.find((g) => splits(g.figures[0]) && g.figures[0].value === s.value
      && g.figures[0].unit === s.unit);
    if (group) group.figures.push(s);
    else groups.push({ figures: [s] });
  }
  for (const group of groups) {
    // "党员（按类别）", "党员（按状态）" → "党员"; "Members by category" → "Members"; else the first figure's name
    const stems = group.figures.map((s) => t(s.name).replace(/\s*[（(][^（(]*[)）]\s*$/, '').replace(/\s+by\s+.*$/i, ''));
    group.name = group.figures.length > 1 && stems.every((x) => x === stems[0]) && stems[0] ? stems[0] : t(group.figures[0].name);
  }
  return groups;
}

function moduleSection(ctx, module, title, statistics, years, history, rollLine, board) {
  const { t, lang } = ctx;
  const headingId = uid('dash');
  const section = h('section', { class: 'panel dash-module', 'aria-labelledby': headingId, dataset: { module } },
    h('h2', { id: headingId, text: title }));
  const groups = sameTotals(t, statistics);
  section.append(h('ul', { class: 'kpis', 'aria-label': `${title}${t('p.colon')}${t('dash.kpis')}` }, groups
    .map(({ figures, name }) => h('li', { class: 'kpi', dataset: { stat: figures.map((s) => s.id).join(' ') },
      title: figures.length > 1 ? figures.map((s) => t(s.name)).join(t('p.list')) : null },
      h('span', { class: 'kpi-value', text: formatNumber(figures[0].value, lang) }),
      h('span', { class: 'kpi-unit', text: unitLabel(lang, figures[0].unit) }),
      h('span', { class: 'kpi-name', text: name })))));
  const grid = h('div', { class: 'chart-grid' });
  for (const s of statistics) {
    const entries = Object.entries(s.breakdown || {});
    if (entries.length < 2) continue;
    const timeLike = entries.every(([k]) => /^\d{1,4}(-\d{2})?$/.test(k));
    // the statistic's declared labels (never the codes); the console's own enum labels only as a fallback
    const data = entries.map(([k, v]) => ({ name: s.labels && s.labels[k] ? t(s.labels[k]) : codeLabel(t, k), value: v }));
    if (timeLike) data.sort((a, b) => a.name.localeCompare(b.name));
    grid.append(chartFigure(ctx, t(s.name), data, timeLike ? 'line' : entries.length <= 8 ? 'pie' : 'bar', board));
  }
  // a figure with the same value in all five years draws no line: either it is a count as it stands now (the sites,
  // the coverage), which as a line would pass today's figure off as history, or it did not change, which its key
  // figure already says. Core's figures are the tree and the roll as they stand now, so core's line is only the roll
  // at each year's end (rollLine, rebuilt from the dates); the modules' figures are computed per year by their providers.
  const trendData = module === 'core' ? rollLine : groups.map(({ figures: [s], name }) => ({ name,
    values: history.map((stats) => { const found = (stats || []).find((x) => x.id === s.id); return found ? found.value : null; }) }))
    .filter((series) => new Set(series.values.map(String)).size > 1).slice(0, 6);
  if (trendData.length) grid.append(trendFigure(ctx, `${title}${t('p.colon')}${t('dash.trend')}`, years, trendData, board));
  if (grid.childElementCount) section.append(grid);
  return section;
}

function dataTable(t, caption, header, rows) {
  return h('details', { class: 'chart-data' }, h('summary', { text: t('dash.table') }),
    h('table', { class: 'data-table' }, h('caption', { class: 'visually-hidden', text: caption }),
      h('thead', {}, h('tr', {}, header.map((c) => h('th', { scope: 'col', text: c })))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row', text: c }) : h('td', { class: 'num', text: c }))))))));
}

function chartFigure(ctx, title, data, kind, board) {
  const { t, lang } = ctx;
  const summary = data.map((d) => `${d.name} ${formatNumber(d.value, lang)}`).join('，');
  const canvas = h('div', { class: 'chart', role: 'img', 'aria-label': `${title}${t('p.colon')}${summary}` });
  // a lying bar chart grows with its parts, so that each name has its own line
  if (kind === 'bar') canvas.style.height = `${Math.max(260, 26 * data.length + 24)}px`;
  const figure = h('figure', { class: 'chart-figure' }, h('figcaption', { text: title }), canvas,
    dataTable(t, title, [t('dash.item'), t('dash.value')], data.map((d) => [d.name, formatNumber(d.value, lang)])));
  const option = kind === 'pie'
    ? { color: PALETTE, tooltip: { trigger: 'item' }, legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}' } }] }
    : kind === 'bar'
      // many parts (grids, units): bars lying down, one name per line in full width, never codes crossing each other
      ? { color: PALETTE, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: data.map((d) => d.name), axisLabel: { interval: 0, width: 140, overflow: 'truncate' } },
        series: [{ type: 'bar', data: data.map((d) => d.value), label: { show: true, position: 'right' } }] }
      : { color: PALETTE, tooltip: { trigger: 'axis' }, grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value' },
        series: [{ type: kind, data: data.map((d) => d.value), smooth: true }] };
  board.place(canvas, option);
  return figure;
}

function trendFigure(ctx, title, years, series, board) {
  const { t, lang } = ctx;
  const canvas = h('div', { class: 'chart', role: 'img', 'aria-label': `${title}${t('p.colon')}${series.map((s) => `${s.name} ${s.values.map((v) => formatNumber(v, lang)).join(' → ')}`).join('；')}` });
  const figure = h('figure', { class: 'chart-figure chart-wide' }, h('figcaption', { text: title }), canvas,
    dataTable(t, title, [t('dash.item'), ...years.map(String)], series.map((s) => [s.name, ...s.values.map((v) => formatNumber(v, lang))])));
  board.place(canvas, {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value' },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.values })),
  });
  return figure;
}
