// 阵地地图: the positions of the scope drawn from their own coordinates (no external map service), by level and
// function; featured positions are drawn larger. Hovering a point names it.
import { h, field, select, scopeOf, load } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLORS = { DISTRICT: '#b71c1c', STREET_PARK: '#e65100', VILLAGE_COMMUNITY: '#1565c0', GRID: '#2e7d32' };

export async function renderMap(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const all = [['', t({ zhCN: '全部', en: 'All' })]];
  const level = select([...all, ...L.options(SETS.level)], { id: 'position-map-level' });
  const func = select([...all, ...L.options(SETS.func)], { id: 'position-map-function' });
  const body = h('div', { id: 'position-map', 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const page = await ctx.api(`${API}/positions?unit=${unit}&size=500${level.value ? `&level=${level.value}` : ''}${func.value ? `&function=${func.value}` : ''}`);
    return [plot(page.items.filter((p) => p.latitude != null)), legend(L)];
  });
  level.addEventListener('change', draw);
  func.addEventListener('change', draw);
  container.append(h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '层级', en: 'Level' }), level),
    field(t({ zhCN: '功能', en: 'Function' }), func)), body);
  await draw();
}

function plot(points) {
  const width = 800;
  const height = 500;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('style', 'width:100%;max-width:800px;border:1px solid #ccc;background:#fafafa');
  if (points.length === 0) return svg;
  const lats = points.map((p) => Number(p.latitude));
  const lons = points.map((p) => Number(p.longitude));
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const x = (lon) => 20 + ((lon - minLon) / ((maxLon - minLon) || 1)) * (width - 40);
  const y = (lat) => height - 20 - ((lat - minLat) / ((maxLat - minLat) || 1)) * (height - 40);
  for (const p of points) {
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('cx', x(Number(p.longitude)).toFixed(1));
    c.setAttribute('cy', y(Number(p.latitude)).toFixed(1));
    c.setAttribute('r', p.featured ? '9' : '5');
    c.setAttribute('fill', COLORS[p.level] || '#555');
    c.dataset.position = p.id;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${p.name}（${p.organizationName || ''}）`;
    c.append(title);
    svg.append(c);
  }
  return svg;
}

function legend(L) {
  return h('ul', { class: 'kit-legend' }, ...Object.entries(COLORS).map(([code, color]) =>
    h('li', {}, h('span', { style: `display:inline-block;width:10px;height:10px;border-radius:5px;background:${color}` }),
      ` ${L.label(SETS.level, code)}`)));
}
