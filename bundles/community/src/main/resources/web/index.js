// 共建社区"幸福家园" (happy-home communities) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderDashboard } from './dashboard.js';
import { renderTeams } from './teams.js';
import { renderPairings } from './pairings.js';
import { renderRegistrations } from './registrations.js';
import { renderStations } from './stations.js';
import { renderEvents } from './events.js';
import { renderCouncils } from './councils.js';
import { renderMine } from './mine.js';

export default {
  id: 'community',
  pages: [
    { path: 'coverage', title: { zhCN: '幸福家园', en: 'Happy-home communities' }, render: renderDashboard },
    { path: 'teams', title: { zhCN: '社区两委', en: 'Community teams' }, render: renderTeams },
    { path: 'pairings', title: { zhCN: '单位双报到', en: 'Paired organizations' }, render: renderPairings },
    { path: 'registrations', title: { zhCN: '党员双报到', en: 'Member registrations' }, render: renderRegistrations },
    { path: 'events', title: { zhCN: '活动与微心愿', en: 'Events and micro-wishes' }, render: renderEvents },
    { path: 'councils', title: { zhCN: '大工委与大党委', en: 'Joint councils' }, render: renderCouncils },
    { path: 'stations', title: { zhCN: '暖新驿站', en: 'Stations and rider-friendly' }, render: renderStations },
    { path: 'mine', title: { zhCN: '我的社区报到', en: 'My community' }, render: renderMine },
  ],
};
