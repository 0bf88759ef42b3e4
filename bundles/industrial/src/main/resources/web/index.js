// 工业社区 (industrial community) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderRequests } from './requests.js';
import { renderSetup } from './setup.js';
import { renderActivities } from './activities.js';
import { renderDashboard } from './dashboard.js';

export default {
  id: 'industrial',
  pages: [
    { path: 'requests', title: { zhCN: '企业诉求', en: 'Service requests' }, render: renderRequests },
    { path: 'grids', title: { zhCN: '网格与企业', en: 'Grids and enterprises' }, render: renderSetup },
    { path: 'activities', title: { zhCN: '社区活动', en: 'Community activities' }, render: renderActivities },
    { path: 'dashboard', title: { zhCN: '工业社区看板', en: 'Industrial dashboard' }, render: renderDashboard },
  ],
};
