// 榜样典型培树 (role models) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderModels } from './models.js';
import { renderInbox } from './inbox.js';
import { renderContactPoints } from './contacts.js';
import { renderServices } from './services.js';
import { renderDashboard } from './dashboard.js';
import { renderCampaigns } from './campaigns.js';
import { renderNominations } from './nominations.js';
import { renderHonours, renderRecordHonours } from './honours.js';

export default {
  id: 'rolemodel',
  pages: [
    { path: 'models', title: { zhCN: '榜样典型', en: 'Role models' }, render: renderModels },
    { path: 'inbox', title: { zhCN: '推荐审核', en: 'Recommendations to decide' }, render: renderInbox },
    { path: 'contact-points', title: { zhCN: '区级直接联系点', en: 'Contact points' }, render: renderContactPoints },
    { path: 'campaigns', title: { zhCN: '评选表彰', en: 'Award campaigns' }, render: renderCampaigns },
    { path: 'nominations', title: { zhCN: '表彰推荐审核', en: 'Nominations' }, render: renderNominations },
    { path: 'honours', title: { zhCN: '荣誉登记', en: 'Honours register' }, render: renderHonours },
    { path: 'services', title: { zhCN: '活动服务记录', en: 'Service records' }, render: renderServices },
    { path: 'dashboard', title: { zhCN: '典型培树统计', en: 'Role-model figures' }, render: renderDashboard },
  ],
  // sections of core's member and organization records (docs/ui-contributions.md, "Record sections"): the honours
  recordSections: {
    member: [{ id: 'honours', title: { zhCN: '荣誉表彰', en: 'Honours' },
      render: (container, ctx, member) => renderRecordHonours(container, ctx, { unit: ctx.unit ? ctx.unit.id : member.organizationId, member: member.id }) }],
    organization: [{ id: 'honours', title: { zhCN: '荣誉表彰', en: 'Honours' },
      render: (container, ctx, unit) => renderRecordHonours(container, ctx, { unit: unit.id, organization: unit.id }) }],
  },
};
