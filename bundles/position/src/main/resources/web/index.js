// 党群服务阵地 (Party-mass service positions) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderPositions } from './positions.js';
import { renderMap } from './map.js';
import { renderUpgrades } from './upgrades.js';
import { renderDashboard } from './dashboard.js';

export default {
  id: 'position',
  pages: [
    { path: 'positions', title: { zhCN: '阵地台账', en: 'Positions' }, render: renderPositions },
    { path: 'map', title: { zhCN: '阵地地图', en: 'Position map' }, render: renderMap },
    { path: 'upgrades', title: { zhCN: '升级项目', en: 'Upgrade projects' }, render: renderUpgrades },
    { path: 'dashboard', title: { zhCN: '阵地统计', en: 'Position figures' }, render: renderDashboard },
  ],
};
