// 楼宇党建 (building Party-building) pages for the grassroots console, one file per page, all on the console kit
// (/assets/kit.js). Contract: docs/ui-contributions.md.
import { renderBuildings } from './buildings.js';
import { renderTenancies } from './tenancies.js';
import { renderCommittees } from './committees.js';
import { renderDecisions } from './decisions.js';
import { renderDemonstrations } from './demonstrations.js';
import { renderDistricts } from './districts.js';
import { renderManagement } from './management.js';
import { renderDashboard } from './dashboard.js';

export default {
  id: 'buildings',
  pages: [
    { path: 'buildings', title: { zhCN: '楼宇与示范带', en: 'Buildings and the belt' }, render: renderBuildings },
    { path: 'coverage', title: { zhCN: '入驻企业与党组织覆盖', en: 'Enterprises and Party coverage' }, render: renderTenancies },
    { path: 'committees', title: { zhCN: '楼委会', en: 'Building committees' }, render: renderCommittees },
    { path: 'decisions', title: { zhCN: '决议督办', en: 'Decisions' }, render: renderDecisions },
    { path: 'demonstrations', title: { zhCN: '示范楼宇', en: 'Demonstration buildings' }, render: renderDemonstrations },
    { path: 'districts', title: { zhCN: '商圈联建', en: 'Business districts' }, render: renderDistricts },
    { path: 'management', title: { zhCN: '两企三新管理', en: 'New-sector management' }, render: renderManagement },
    { path: 'dashboard', title: { zhCN: '楼宇党建看板', en: 'Buildings dashboard' }, render: renderDashboard },
  ],
};
