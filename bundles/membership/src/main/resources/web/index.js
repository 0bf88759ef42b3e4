// 党员发展与组织关系 (member lifecycle) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderFiles } from './files.js';
import { renderTransfers } from './transfers.js';
import { renderMobile } from './mobile.js';
import { renderStatus } from './status.js';
import { renderSixMonths } from './sixmonths.js';
import { renderForms } from './forms.js';
import { renderDashboard } from './dashboard.js';

export default {
  id: 'membership',
  pages: [
    { path: 'files', title: { zhCN: '发展党员', en: 'Member development' }, render: renderFiles },
    { path: 'transfers', title: { zhCN: '组织关系转接', en: 'Transfers' }, render: renderTransfers },
    { path: 'mobile', title: { zhCN: '流动党员', en: 'Mobile members' }, render: renderMobile },
    { path: 'status', title: { zhCN: '党籍处置', en: 'Membership status' }, render: renderStatus },
    { path: 'six-months', title: { zhCN: '六个月未参加组织生活', en: 'Six-month rule' }, render: renderSixMonths },
    { path: 'forms', title: { zhCN: '志愿书编号', en: 'Application form numbers' }, render: renderForms },
    { path: 'dashboard', title: { zhCN: '发展与转接统计', en: 'Lifecycle figures' }, render: renderDashboard },
  ],
};
