// 党员教育 ("新"星之火) pages for the grassroots console: practice teaching sites with their review and photos,
// boutique routes, training sessions with attendance, study hours and compliance, study points, online courses and
// exams, the module's figures, and a member's own hours and exams. Contract (docs/ui-contributions.md): the console
// imports this ES module while the module is active and enabled for the reader's scope and calls
// page.render(container, ctx).
import { renderSites } from './sites.js';
import { renderRoutes } from './routes.js';
import { renderSessions } from './sessions.js';
import { renderHours } from './hours.js';
import { renderDashboard } from './dashboard.js';
import { renderMine } from './mine.js';
import { renderPoints } from './points.js';
import { renderCourses } from './courses.js';

export default {
  id: 'education',
  pages: [
    { path: 'sites', title: { zhCN: '实践教学点', en: 'Teaching sites' }, render: renderSites },
    { path: 'routes', title: { zhCN: '精品路线', en: 'Boutique routes' }, render: renderRoutes },
    { path: 'sessions', title: { zhCN: '集中培训', en: 'Training sessions' }, render: renderSessions },
    { path: 'hours', title: { zhCN: '学时与达标', en: 'Study hours' }, render: renderHours },
    { path: 'points', title: { zhCN: '学习积分', en: 'Study points' }, render: renderPoints },
    { path: 'courses', title: { zhCN: '网络课程', en: 'Online courses' }, render: renderCourses },
    { path: 'dashboard', title: { zhCN: '党员教育看板', en: 'Education dashboard' }, render: renderDashboard },
    { path: 'mine', title: { zhCN: '我的学时', en: 'My study hours' }, render: renderMine },
  ],
};
