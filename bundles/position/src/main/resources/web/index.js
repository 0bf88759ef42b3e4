// 党群服务阵地 (Party-mass service positions) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderPositions } from './positions.js';
import { renderMap } from './map.js';
import { renderAssessments } from './assessments.js';
import { renderUpgrades } from './upgrades.js';
import { renderBookings } from './bookings.js';
import { renderServices } from './services.js';
import { renderEvents } from './events.js';
import { renderSignIn } from './signin.js';
import { renderDashboard } from './dashboard.js';

export default {
  id: 'position',
  pages: [
    { path: 'positions', title: { zhCN: '阵地台账', en: 'Positions' }, render: renderPositions },
    { path: 'map', title: { zhCN: '阵地地图', en: 'Position map' }, render: renderMap },
    { path: 'assessments', title: { zhCN: '阵地评估', en: 'Assessments' }, render: renderAssessments },
    { path: 'upgrades', title: { zhCN: '升级项目', en: 'Upgrade projects' }, render: renderUpgrades },
    { path: 'bookings', title: { zhCN: '功能室预约', en: 'Room bookings' }, render: renderBookings },
    { path: 'services', title: { zhCN: '服务事项', en: 'Services' }, render: renderServices },
    { path: 'events', title: { zhCN: '阵地活动', en: 'Events' }, render: renderEvents },
    { path: 'signin', title: { zhCN: '活动报名签到', en: 'Event sign-up and sign-in' }, render: renderSignIn },
    { path: 'dashboard', title: { zhCN: '阵地统计', en: 'Position figures' }, render: renderDashboard },
  ],
};
