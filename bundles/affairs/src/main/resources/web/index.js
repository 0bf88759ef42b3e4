// 基础党务 (basic Party affairs) pages for the grassroots console.
// Contract (docs/ui-contributions.md): the console imports this ES module while the module is active and enabled
// for the reader's scope, and calls page.render(container, ctx); ctx.unit is the scope {id, name}.
import { renderMeetings } from './meetings.js';
import { renderCompliance } from './compliance.js';
import { renderEvaluations } from './evaluations.js';
import { renderDashboard } from './dashboard.js';
import { renderGuides } from './guides.js';
import { renderGroups } from './groups.js';
import { renderTalks } from './talks.js';
import { renderTerms, renderRecordTerm } from './terms.js';
import { renderAssessment } from './assessment.js';
import { renderGrading } from './grading.js';
import { renderSessions } from './sessions.js';

export default {
  id: 'affairs',
  pages: [
    { path: 'meetings', title: { zhCN: '三会一课', en: 'Meetings' }, render: renderMeetings },
    { path: 'groups', title: { zhCN: '党小组', en: 'Party groups' }, render: renderGroups },
    { path: 'talks', title: { zhCN: '谈心谈话', en: 'Talks' }, render: renderTalks },
    { path: 'guides', title: { zhCN: '月度指引', en: 'Monthly guides' }, render: renderGuides },
    { path: 'compliance', title: { zhCN: '会议制度落实', en: 'Meeting compliance' }, render: renderCompliance },
    { path: 'evaluations', title: { zhCN: '民主评议党员', en: 'Democratic evaluation' }, render: renderEvaluations },
    { path: 'dashboard', title: { zhCN: '基础党务看板', en: 'Party affairs dashboard' }, render: renderDashboard },
    { path: 'terms', title: { zhCN: '换届', en: 'Committee terms' }, render: renderTerms },
    { path: 'assessment', title: { zhCN: '书记述职评议', en: 'Secretaries\' reports' }, render: renderAssessment },
    { path: 'grading', title: { zhCN: '党组织分类定等', en: 'Organization grading' }, render: renderGrading },
    { path: 'sessions', title: { zhCN: '上讲台、亮功夫', en: 'Capability sessions' }, render: renderSessions },
  ],
  // core's organization record (the unit details panel) shows the current term's days and committee
  recordSections: {
    organization: [{ id: 'terms', title: { zhCN: '任期与换届', en: 'Committee term' }, render: renderRecordTerm }],
  },
};
