// The shell's own pages, in the order of the navigation; `roles` limits who sees them (absent: everyone signed in),
// `onlyWhenEmpty` shows a page only while the organization tree is empty (first setup).

const ADMIN_ROLES = ['SYSTEM_ADMIN', 'DISTRICT_ADMIN', 'UNIT_ADMIN'];

export const CORE_PAGES = [
  { path: 'dashboard', title: 'nav.dashboard', load: () => import('./pages/dashboard.js') },
  { path: 'work-record', title: { zhCN: '年度工作纪实', en: 'Work record' }, load: () => import('./pages/work-record.js'), roles: [...ADMIN_ROLES, 'SECRETARY', 'AUDITOR'] },
  { path: 'organizations', title: 'nav.organizations', load: () => import('./pages/organizations.js') },
  { path: 'members', title: 'nav.members', load: () => import('./pages/members.js') },
  { path: 'import', title: 'nav.import', load: () => import('./pages/import.js'), roles: [...ADMIN_ROLES, 'SECRETARY'] },
  { path: 'export', title: 'nav.export', load: () => import('./pages/export.js'), roles: [...ADMIN_ROLES, 'SECRETARY', 'AUDITOR'] },
  { path: 'modules', title: 'nav.modules', load: () => import('./pages/modules.js'), roles: ADMIN_ROLES },
  { path: 'inbox', title: { zhCN: '消息提醒', en: 'Inbox' }, load: () => import('./pages/inbox.js') },
  { path: 'notices', title: { zhCN: '通知公告', en: 'Notices' }, load: () => import('./pages/notices.js'), roles: [...ADMIN_ROLES, 'SECRETARY', 'AUDITOR'] },
  { path: 'accounts', title: { zhCN: '账号管理', en: 'Accounts' }, load: () => import('./pages/accounts.js'), roles: ADMIN_ROLES },
  { path: 'my-account', title: { zhCN: '我的账号', en: 'My account' }, load: () => import('./pages/my-account.js') },
  { path: 'screens', title: { zhCN: '大屏', en: 'Big screen' }, load: () => import('./pages/screens.js'), roles: ADMIN_ROLES },
  { path: 'setup', title: { zhCN: '初始设置', en: 'First setup' }, load: () => import('./pages/setup.js'), roles: ADMIN_ROLES, onlyWhenEmpty: true },
  { path: 'collections', title: { zhCN: '信息报送', en: 'Collection tasks' }, load: () => import('./pages/collections.js'), roles: [...ADMIN_ROLES, 'SECRETARY', 'AUDITOR'] },
  { path: 'annual-stats', title: { zhCN: '党内统计年报', en: 'Annual statistics' }, load: () => import('./pages/annual-stats.js'), roles: [...ADMIN_ROLES, 'SECRETARY', 'AUDITOR'] },
];

