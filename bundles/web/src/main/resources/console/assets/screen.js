// The big screen (大屏) for the district's command centre: one unit's key figures, the units right below it as tiles
// sized by their members (a map-like view of streets and parks), and each module's headline figure with its
// breakdown as a chart; refreshed every minute. Opened with a display token (screen.html#token=…, made on the
// console's 大屏 page) it needs no sign-in; opened from the console (screen.html?unit=…) it uses the reader's session.
// Chinese only: it is read from across a room, not worked with.
import { session } from './session.js';
import { echarts } from './vendor.js';
import { h as el } from './dom.js';

const REFRESH_MS = 60_000;
const root = document.getElementById('screen');
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const unit = new URLSearchParams(location.search).get('unit');
// a year other than the newest with data (screen.html?year=2024), e.g. to show last year's completed figures
const year = new URLSearchParams(location.search).get('year');
const charts = [];

const number = (value, unitName) => (unitName === 'percent'
  ? `${(Math.round(value * 10) / 10).toLocaleString('zh-CN')}%`
  : Math.round(value).toLocaleString('zh-CN'));

async function load() {
  const headers = { Accept: 'application/json', 'Accept-Language': 'zh-CN' };
  if (token) headers.Authorization = `Display ${token}`;
  else if (session.token()) headers.Authorization = `Bearer ${session.token()}`;
  const query = new URLSearchParams();
  if (!token && unit) query.set('unit', unit);
  if (year) query.set('year', year);
  const response = await fetch(`/api/core/screen${query.toString() ? `?${query}` : ''}`, { headers });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const error = new Error(problem.detail || problem.title || `${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function kpi(label, value, unitName) {
  return el('div', { class: 'screen-kpi' }, el('span', { class: 'screen-kpi-value', text: number(value, unitName) }),
    el('span', { class: 'screen-kpi-label', text: label }));
}

/** The units right below, as tiles whose area follows their members (ECharts treemap). */
function partsChart(node, parts) {
  const chart = echarts.init(node, null, { renderer: 'canvas' });
  chart.setOption({
    backgroundColor: 'transparent',
    series: [{ type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
      label: { show: true, formatter: (p) => `${p.name}\n${p.value.toLocaleString('zh-CN')} 名党员`, color: '#fff', fontSize: 16 },
      itemStyle: { borderColor: '#0b1530', borderWidth: 3, gapWidth: 3 },
      levels: [{ color: ['#c0392b', '#d35400', '#b03a2e', '#a04000', '#922b21', '#ca6f1e', '#7b241c', '#af601a'] }],
      data: parts.filter((p) => p.members > 0).map((p) => ({ name: p.name, value: p.members })) }],
  });
  charts.push(chart);
}

/** A module's headline figure with its breakdown as bars (labels from the figure's declared breakdown labels). */
function moduleCard(module, statistic) {
  const card = el('section', { class: 'screen-card' },
    el('h2', { text: statistic.name.zhCN }),
    el('p', { class: 'screen-card-value', text: number(statistic.value, statistic.unit) }));
  const entries = Object.entries(statistic.breakdown || {});
  if (entries.length) {
    const node = el('div', { class: 'screen-card-chart' });
    card.append(node);
    requestAnimationFrame(() => {
      const chart = echarts.init(node);
      const labels = statistic.labels || {};
      chart.setOption({
        backgroundColor: 'transparent',
        grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { color: '#9fb3d9' }, splitLine: { lineStyle: { color: '#1d2c55' } } },
        yAxis: { type: 'category', inverse: true, axisLabel: { color: '#e8eefc', fontSize: 13 },
          data: entries.slice(0, 6).map(([key]) => (labels[key] ? labels[key].zhCN : key)) },
        series: [{ type: 'bar', data: entries.slice(0, 6).map(([, v]) => v), itemStyle: { color: '#f5b041' }, barMaxWidth: 18 }],
      });
      charts.push(chart);
    });
  }
  return card;
}

function draw(screen) {
  charts.splice(0).forEach((c) => c.dispose());
  const core = screen.report.modules.find((m) => m.module === 'core');
  const modules = screen.report.modules.filter((m) => m.module !== 'core' && m.statistics.length);
  const clock = el('span', { class: 'screen-clock', id: 'screen-clock' });
  const tick = () => { clock.textContent = new Date().toLocaleString('zh-CN', { hour12: false }); };
  tick();
  const kpis = [kpi('党员', screen.members), kpi('下级单位', screen.parts.length)];
  (core ? core.statistics.slice(0, 2) : []).forEach((s) => kpis.push(kpi(s.name.zhCN, s.value, s.unit)));
  modules.forEach((m) => kpis.push(kpi(m.statistics[0].name.zhCN, m.statistics[0].value, m.statistics[0].unit)));
  const map = el('div', { class: 'screen-map', id: 'screen-map', role: 'img', 'aria-label': '下级单位党员分布' });
  root.replaceChildren(...[
    el('header', { class: 'screen-header' }, el('h1', { text: `${screen.unit.name}基层党建大屏` }),
      el('span', { class: 'screen-year', text: `${screen.year}年度` }), clock),
    el('div', { class: 'screen-kpis', id: 'screen-kpis' }, kpis.slice(0, 12)),
    el('section', { class: 'screen-map-panel' }, el('h2', { text: '下级单位党员分布' }), map),
    // six charts fill the wall; every module's headline figure is in the row of key figures above
    el('div', { class: 'screen-cards', id: 'screen-cards' }, modules.slice(0, 6).map((m) => moduleCard(m, m.statistics[0]))),
    screen.report.failed.length ? el('p', { class: 'screen-failed', text: `以下模块的数据暂时无法计算：${screen.report.failed.join('、')}` }) : null,
    el('footer', { class: 'screen-footer', text: `数据更新于 ${new Date(screen.at).toLocaleTimeString('zh-CN', { hour12: false })}，每分钟自动刷新` }),
  ].filter(Boolean));
  requestAnimationFrame(() => partsChart(map, screen.parts));
  root.dataset.ready = 'true';
  return tick;
}

let tickTimer;
async function refresh() {
  try {
    const tick = draw(await load());
    clearInterval(tickTimer);
    tickTimer = setInterval(tick, 1000);
  } catch (e) {
    root.dataset.ready = 'true';
    root.replaceChildren(el('p', { class: 'screen-error', role: 'alert',
      text: e.status === 401 ? '此大屏的访问凭证无效或已被收回，请管理员在平台的“大屏”页面重新生成。' : `大屏数据暂时无法读取：${e.message}` }));
  }
}

window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
refresh();
setInterval(refresh, REFRESH_MS);
