// 党费收缴 (Party dues) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderMonths } from './months.js';
import { renderBases } from './bases.js';
import { renderArrears } from './arrears.js';
import { renderDashboard } from './dashboard.js';
import { renderBands } from './bands.js';
import { renderStatements } from './statement.js';
import { renderMine } from './mine.js';

export default {
  id: 'dues',
  pages: [
    { path: 'months', title: { zhCN: '党费收缴', en: 'Dues collection' }, render: renderMonths },
    { path: 'bases', title: { zhCN: '党费基数', en: 'Dues bases' }, render: renderBases },
    { path: 'statements', title: { zhCN: '年度党费明细', en: 'Yearly statements' }, render: renderStatements },
    { path: 'arrears', title: { zhCN: '欠缴党员', en: 'Members in arrears' }, render: renderArrears },
    { path: 'dashboard', title: { zhCN: '党费统计', en: 'Dues figures' }, render: renderDashboard },
    { path: 'bands', title: { zhCN: '缴纳标准', en: 'Dues bands' }, render: renderBands },
    { path: 'mine', title: { zhCN: '我的党费', en: 'My dues' }, render: renderMine },
  ],
};
