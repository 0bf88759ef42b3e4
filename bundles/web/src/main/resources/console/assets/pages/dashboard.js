// The dashboard of the scope unit (the district, or any street or park): every figure comes from
// GET /api/core/statistics, which asks each active module's statistics provider to count its data for the
// subtree and year. Shown as key figures, distributions (the breakdowns) and five-year trends.
import { h, clear, field, uid } from '../dom.js';
import { yearPicker } from '../kit/pickers.js';
import { codeLabel, unitLabel } from '../i18n.js';
import { formatNumber } from '../format.js';
import { echarts } from '../vendor.js';

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
  // the year starts at the newest year with data (GET statistics/years), not at a year nobody has recorded yet
  const { select: year } = await yearPicker(ctx, { id: 'dash-year', name: 'year' });
  const body = h('div', { class: 'dashboard', id: 'dashboard' });
  container.append(h('div', { class: 'toolbar' },
    h('p', { class: 'muted', text: t('dash.scope', { name: ctx.unit.name }) }), field(t('common.year'), year)), body);
  const charts = [];
  const observer = new ResizeObserver(() => charts.forEach((c) => c.resize()));
  ctx.onCleanup(() => {
    observer.disconnect();
    charts.forEach((c) => c.dispose());
  });

  async function load() {
    charts.splice(0).forEach((c) => c.dispose());
    clear(body).append(h('p', { class: 'muted', role: 'status', text: t('common.loading') }));
    const selected = Number(year.value);
    const years = Array.from({ length: TREND_YEARS }, (_, i) => selected - TREND_YEARS + 1 + i);
    const answers = await Promise.allSettled(years.map((y) => ctx.api(`statistics?subtreeOf=${ctx.unit.id}&year=${y}`)));
    clear(body);
    const current = answers[answers.length - 1];
    if (current.status === 'rejected') {
      ctx.notify(current.reason.message);
      return;
    }
    const failedTrend = answers.find((a) => a.status === 'rejected');
    if (failedTrend) ctx.notify(failedTrend.reason.message);
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
      body.append(moduleSection(ctx, module, names.get(module) || (module === 'core' ? t('dash.module.core') : module),
        statistics, years, history, charts, observer));
    }
  }

  year.addEventListener('change', () => load().catch((e) => ctx.notify(e.message)));
  await load();
}

function moduleNames(ctx) {
  const names = new Map();
  const { registry } = ctx.registry();
  for (const m of registry || []) names.set(m.id, ctx.t(m.name));
  return names;
}

function moduleSection(ctx, module, title, statistics, years, history, charts, observer) {
  const { t, lang } = ctx;
  const headingId = uid('dash');
  const section = h('section', { class: 'panel dash-module', 'aria-labelledby': headingId, dataset: { module } },
    h('h2', { id: headingId, text: title }));
  section.append(h('ul', { class: 'kpis', 'aria-label': `${title}${t('p.colon')}${t('dash.kpis')}` }, statistics.map((s) => h('li', { class: 'kpi', dataset: { stat: s.id } },
    h('span', { class: 'kpi-value', text: formatNumber(s.value, lang) }),
    h('span', { class: 'kpi-unit', text: unitLabel(lang, s.unit) }),
    h('span', { class: 'kpi-name', text: t(s.name) })))));
  const grid = h('div', { class: 'chart-grid' });
  for (const s of statistics) {
    const entries = Object.entries(s.breakdown || {});
    if (entries.length < 2) continue;
    const timeLike = entries.every(([k]) => /^\d{1,4}(-\d{2})?$/.test(k));
    // the statistic's declared labels (never the codes); the console's own enum labels only as a fallback
    const data = entries.map(([k, v]) => ({ name: s.labels && s.labels[k] ? t(s.labels[k]) : codeLabel(t, k), value: v }));
    if (timeLike) data.sort((a, b) => a.name.localeCompare(b.name));
    grid.append(chartFigure(ctx, t(s.name), data, timeLike ? 'line' : entries.length <= 8 ? 'pie' : 'bar', charts, observer));
  }
  const trendStats = statistics.slice(0, 6);
  const trendData = trendStats.map((s) => ({ name: t(s.name),
    values: history.map((stats) => { const found = (stats || []).find((x) => x.id === s.id); return found ? found.value : null; }) }));
  // core's figures are the tree and the roll as they stand now (no history of units and members yet): a five-year
  // line of them would repeat today's figure, so core shows no trend; the modules' figures are computed per year
  if (trendData.length && module !== 'core') grid.append(trendFigure(ctx, `${title}${t('p.colon')}${t('dash.trend')}`, years, trendData, charts, observer));
  if (grid.childElementCount) section.append(grid);
  return section;
}

function dataTable(t, caption, header, rows) {
  return h('details', { class: 'chart-data' }, h('summary', { text: t('dash.table') }),
    h('table', { class: 'data-table' }, h('caption', { class: 'visually-hidden', text: caption }),
      h('thead', {}, h('tr', {}, header.map((c) => h('th', { scope: 'col', text: c })))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row', text: c }) : h('td', { class: 'num', text: c }))))))));
}

function chartFigure(ctx, title, data, kind, charts, observer) {
  const { t, lang } = ctx;
  const summary = data.map((d) => `${d.name} ${formatNumber(d.value, lang)}`).join('，');
  const canvas = h('div', { class: 'chart', role: 'img', 'aria-label': `${title}${t('p.colon')}${summary}` });
  const figure = h('figure', { class: 'chart-figure' }, h('figcaption', { text: title }), canvas,
    dataTable(t, title, [t('dash.item'), t('dash.value')], data.map((d) => [d.name, formatNumber(d.value, lang)])));
  const option = kind === 'pie'
    ? { color: PALETTE, tooltip: { trigger: 'item' }, legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}' } }] }
    : { color: PALETTE, tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { interval: 0, rotate: data.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: [{ type: kind, data: data.map((d) => d.value), smooth: kind === 'line' }] };
  mount(canvas, option, charts, observer);
  return figure;
}

function trendFigure(ctx, title, years, series, charts, observer) {
  const { t, lang } = ctx;
  const canvas = h('div', { class: 'chart', role: 'img', 'aria-label': `${title}${t('p.colon')}${series.map((s) => `${s.name} ${s.values.map((v) => formatNumber(v, lang)).join(' → ')}`).join('；')}` });
  const figure = h('figure', { class: 'chart-figure chart-wide' }, h('figcaption', { text: title }), canvas,
    dataTable(t, title, [t('dash.item'), ...years.map(String)], series.map((s) => [s.name, ...s.values.map((v) => formatNumber(v, lang))])));
  mount(canvas, {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value' },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.values })),
  }, charts, observer);
  return figure;
}

function mount(canvas, option, charts, observer) {
  // the element must be in the document with a size before the chart draws; wait a frame
  requestAnimationFrame(() => {
    if (!canvas.isConnected) return;
    const chart = echarts.init(canvas, null, { renderer: 'canvas' });
    chart.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    charts.push(chart);
    observer.observe(canvas);
  });
}
