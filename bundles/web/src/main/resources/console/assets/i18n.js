// Every label of the shell in Chinese (the default) and English. Enum codes from the API (unit types, member
// categories ...) are translated here too, so the server never needs to know the reader's language.

const MESSAGES = {
  'app.title': ['济南高新区基层党建平台', 'Jinan High-tech Zone Party-Building Platform'],
  'app.short': ['基层党建', 'Grassroots'],
  'app.skip': ['跳到主要内容', 'Skip to main content'],
  'app.loading': ['正在加载…', 'Loading…'],
  'app.lang.switch': ['English', '中文'],
  'app.lang.switchLabel': ['Switch to English', '切换到中文'],
  'app.menu': ['菜单', 'Menu'],
  'app.scope': ['当前范围', 'Scope'],
  'app.scope.change': ['更改范围', 'Change scope'],
  'app.scope.none': ['未选择', 'none selected'],
  'app.user': ['当前用户', 'Signed in as'],
  'app.logout': ['退出登录', 'Sign out'],
  'app.openMode': ['未启用登录（开放模式）', 'Sign-in not enabled (open platform)'],
  'app.close': ['关闭', 'Close'],
  'p.colon': ['：', ': '],
  'p.list': ['、', ', '],
  'p.open': ['（', ' ('],
  'p.close': ['）', ')'],
  'nav.main': ['主导航', 'Main navigation'],
  'nav.dashboard': ['工作台', 'Dashboard'],
  'nav.organizations': ['组织架构', 'Organizations'],
  'nav.members': ['党员管理', 'Members'],
  'nav.import': ['数据导入', 'Import'],
  'nav.export': ['数据导出', 'Export'],
  'nav.modules': ['功能模块', 'Modules'],
  'nav.moduleSection': ['专项行动', 'Special actions'],
  'nav.failed': ['加载失败', 'failed to load'],
  'page.notFound': ['页面不存在', 'Page not found'],
  'page.notFound.detail': ['这个地址没有对应的页面，可能是模块已被卸载或未对当前范围启用。', 'No page lives at this address; its module may have been uninstalled or is not enabled for the current scope.'],
  'page.forbidden': ['无权访问此页面', 'You may not open this page'],

  'login.title': ['登录', 'Sign in'],
  'login.username': ['用户名', 'User name'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Sign in'],
  'login.busy': ['正在登录…', 'Signing in…'],
  'login.wrong': ['用户名或密码不正确；多次失败后每次尝试需稍等片刻。', 'The user name or password is wrong. After repeated failures each attempt has to wait a little longer.'],
  'login.throttled': ['此地址登录失败次数过多，请稍后再试。', 'Too many failed sign-ins from this address. Please wait a few minutes and try again.'],
  'login.locked': ['该账户已被锁定，请稍后再试或联系管理员。', 'This account is locked. Try again later or ask an administrator.'],
  'login.expired': ['登录已过期，请重新登录。', 'Your session has ended. Please sign in again.'],
  'login.required': ['请输入用户名和密码。', 'Enter a user name and a password.'],
  'password.title': ['请修改初始密码', 'Change your initial password'],
  'password.current': ['当前密码', 'Current password'],
  'password.new': ['新密码', 'New password'],
  'password.repeat': ['再次输入新密码', 'Repeat the new password'],
  'password.mismatch': ['两次输入的新密码不一致。', 'The two new passwords differ.'],
  'password.submit': ['修改密码', 'Change password'],
  'password.done': ['密码已修改。', 'Your password was changed.'],

  'common.search': ['查询', 'Search'],
  'common.reset': ['重置', 'Reset'],
  'common.all': ['全部', 'All'],
  'common.previous': ['上一页', 'Previous'],
  'common.next': ['下一页', 'Next'],
  'common.page': ['第 {page} / {pages} 页，共 {total} 条', 'Page {page} of {pages}, {total} in all'],
  'common.none': ['无', 'None'],
  'common.empty': ['没有找到符合条件的记录。', 'Nothing matches.'],
  'common.loading': ['正在加载…', 'Loading…'],
  'common.back': ['返回', 'Back'],
  'common.yes': ['是', 'Yes'],
  'common.no': ['否', 'No'],
  'common.retry': ['重试', 'Try again'],
  'common.details': ['详情', 'Details'],
  'common.year': ['年度', 'Year'],
  'common.scope': ['范围', 'Scope'],

  'error.title': ['操作未成功', 'That did not work'],
  'error.network': ['无法连接服务器，请检查网络后重试。', 'The server cannot be reached. Check the network and try again.'],
  'error.400': ['请求有误。', 'The request was not understood.'],
  'error.401': ['需要登录。', 'Please sign in.'],
  'error.403': ['没有权限执行此操作。', 'You are not allowed to do this.'],
  'error.404': ['未找到请求的内容。', 'Not found.'],
  'error.409': ['数据已被他人修改，请刷新后重试。', 'Someone else changed this meanwhile. Reload and try again.'],
  'error.413': ['文件太大。', 'The file is too large.'],
  'error.422': ['提交的数据有误：', 'Some input was refused:'],
  'error.423': ['账户已锁定。', 'The account is locked.'],
  'error.429': ['尝试次数过多，请稍后再试。', 'Too many attempts. Please wait a moment and try again.'],
  'error.row': ['第 {row} 行', 'Row {row}'],
  'error.moreRows': ['另有 {count} 处错误。', '{count} more errors.'],
  'error.500': ['服务器出错，请稍后重试或联系管理员。', 'The server failed. Try again later or tell the administrator.'],
  'error.unexpected': ['页面出现意外错误：', 'Unexpected error in the page:'],

  'org.title': ['组织架构', 'Organization tree'],
  'org.tree': ['组织树', 'Organization tree'],
  'org.search': ['搜索单位', 'Search units'],
  'org.search.placeholder': ['输入单位名称', 'Unit name'],
  'org.results': ['搜索结果', 'Search results'],
  'org.detail': ['单位信息', 'Unit'],
  'org.select': ['请在左侧选择一个单位。', 'Select a unit in the tree.'],
  'org.setScope': ['设为当前范围', 'Use as scope'],
  'org.scopeSet': ['当前范围已切换为：{name}', 'The scope is now: {name}'],
  'org.showMembers': ['查看本单位及下级党员', 'Members in this subtree'],
  'org.children': ['下级单位', 'Sub-units'],
  'org.code': ['编码', 'Code'],
  'org.name': ['名称', 'Name'],
  'org.unitType': ['单位类型', 'Unit type'],
  'org.partyOrgType': ['党组织类型', 'Party organization'],
  'org.domain': ['领域', 'Domain'],
  'org.foundedOn': ['成立日期', 'Founded'],
  'org.divisionCode': ['行政区划代码', 'Division code'],
  'org.status': ['状态', 'Status'],
  'org.path': ['上级', 'Parents'],
  'org.secretary': ['书记', 'Secretary'],
  'org.memberCount': ['党员人数（含下级）', 'Members (with sub-units)'],
  'org.noRoots': ['还没有任何单位。请在“初始设置”中建立顶层单位，或在“数据导入”中导入组织架构。', 'There are no units yet. Create the top unit under First setup, or import them under Import.'],

  'member.title': ['党员管理', 'Members'],
  'member.search': ['查找党员', 'Find members'],
  'member.name': ['姓名', 'Name'],
  'member.sex': ['性别', 'Sex'],
  'member.ethnicity': ['民族', 'Ethnicity'],
  'member.birthDate': ['出生日期', 'Born'],
  'member.idNumber': ['公民身份号码', 'Citizen ID number'],
  'member.idNumberSuffix': ['身份证号后四位', 'Last 4 of the ID number'],
  'member.phoneSearch': ['电话号码', 'Phone number'],
  'member.lookupAudited': ['按身份证号、后四位或电话号码查询会记入审计日志。', 'Searches by ID number, its last four characters or phone are recorded in the audit log.'],
  'member.education': ['学历', 'Education'],
  'member.phone': ['联系电话', 'Phone'],
  'member.category': ['党员类别', 'Category'],
  'member.joinedOn': ['入党日期', 'Joined'],
  'member.fullMemberOn': ['转正日期', 'Full member since'],
  'member.organization': ['所在党组织', 'Party organization'],
  'member.post': ['职务岗位', 'Post'],
  'member.status': ['党员状态', 'Status'],
  'member.floatingDestination': ['流动去向', 'Floating to'],
  'member.residence': ['居住社区（双报到）', 'Residence community'],
  'member.tags': ['标签', 'Tags'],
  'member.tag': ['标签', 'Tag'],
  'member.transfers': ['组织关系转接记录', 'Transfers'],
  'member.transfer.from': ['转出组织', 'From'],
  'member.transfer.to': ['转入组织', 'To'],
  'member.transfer.on': ['转接日期', 'Date'],
  'member.transfer.reason': ['原因', 'Reason'],
  'member.noTransfers': ['没有转接记录。', 'No transfers.'],
  'member.inScope': ['范围：{name}（含下级）', 'In {name} and below'],
  'member.masked': ['部分个人信息按您的权限已隐去。', 'Some personal data is hidden for your role.'],
  'member.detail': ['党员信息', 'Member'],

  'import.title': ['数据导入', 'Import'],
  'import.intro': ['从 Excel（XLSX）或 CSV（UTF-8 或 GBK）文件导入党员或单位。导入要么全部成功，要么一条也不保存：如有错误，下面会列出每个出错的单元格。', 'Import members or units from an Excel (XLSX) or CSV (UTF-8 or GBK) file. An import stores every row or none: if anything is wrong, each bad cell is listed below.'],
  'import.kind': ['导入内容', 'What to import'],
  'import.file': ['选择文件', 'File'],
  'import.file.hint': ['支持 .xlsx 和 .csv', '.xlsx or .csv'],
  'import.template': ['下载模板', 'Templates'],
  'import.template.xlsx': ['Excel 模板', 'Excel template'],
  'import.template.csv': ['CSV 模板', 'CSV template'],
  'import.submit': ['开始导入', 'Import'],
  'import.noFile': ['请先选择一个 .xlsx 或 .csv 文件。', 'Choose an .xlsx or .csv file first.'],
  'import.badType': ['只能导入 .xlsx 或 .csv 文件。', 'Only .xlsx and .csv files can be imported.'],
  'import.progress': ['导入进度', 'Import progress'],
  'import.phase.QUEUED': ['排队中', 'Queued'],
  'import.phase.PARSING': ['正在读取文件', 'Reading the file'],
  'import.phase.VALIDATING': ['正在校验', 'Checking'],
  'import.phase.WRITING': ['正在保存', 'Saving'],
  'import.phase.DONE': ['已完成', 'Done'],
  'import.phase.FAILED': ['失败', 'Failed'],
  'import.rows': ['已处理 {processed} / {total} 行', '{processed} of {total} rows processed'],
  'import.success': ['导入成功：共 {imported} 行已保存。', 'Imported: {imported} rows stored.'],
  'import.failed': ['导入未完成：发现 {count} 处错误，没有保存任何数据。请修改文件后重新导入。', 'Not imported: {count} errors found and nothing was stored. Fix the file and import it again.'],
  'import.report': ['错误报告', 'Error report'],
  'import.row': ['行号', 'Row'],
  'import.column': ['列', 'Column'],
  'import.reason': ['原因', 'Reason'],
  'import.kind.MEMBERS': ['党员', 'Members'],
  'import.kind.ORGANIZATIONS': ['单位（组织架构）', 'Units (organization tree)'],

  'export.title': ['数据导出', 'Export'],
  'export.intro': ['导出当前范围（含全部下级）的党员或单位。', 'Export the members or units of the current scope and everything below it.'],
  'export.kind': ['导出内容', 'What to export'],
  'export.format': ['文件格式', 'Format'],
  'export.submit': ['导出', 'Export'],
  'export.busy': ['正在生成文件…', 'Preparing the file…'],
  'export.ready': ['文件已生成：', 'Your file is ready:'],
  'export.download': ['下载 {name}', 'Download {name}'],
  'export.noScope': ['请先在“组织架构”中选择范围。', 'Choose a scope under Organizations first.'],

  'dash.title': ['工作台', 'Dashboard'],
  'dash.scope': ['统计范围：{name}', 'Figures for {name}'],
  'dash.switchScope': ['切换统计范围', 'Switch the scope'],
  'dash.membersAtYearEnd': ['年末党员人数', 'Members at the year\'s end'],
  'dash.kpis': ['主要指标', 'Key figures'],
  'dash.distribution': ['构成', 'Distribution'],
  'dash.trend': ['近五年趋势', 'Five-year trend'],
  'dash.noData': ['暂无统计数据。', 'No figures yet.'],
  'dash.failed': ['该模块的统计数据暂时无法计算，请联系系统管理员查看日志。', 'This module\'s figures could not be computed; ask the system administrator to check the log.'],
  'dash.table': ['查看数据表', 'Show the data as a table'],
  'dash.item': ['项目', 'Item'],
  'dash.value': ['数值', 'Value'],
  'dash.module': ['模块', 'Module'],
  'dash.module.core': ['组织与党员', 'Units and members'],
  'dash.noScope': ['请先在“组织架构”中选择统计范围。', 'Choose a scope under Organizations first.'],

  'mod.title': ['功能模块', 'Modules'],
  'mod.intro': ['每个专项行动是一个可在运行中安装或卸载的模块，并可按街道、园区分别启用。', 'Each special action is a module that can be installed or removed while the platform runs, and enabled per street or park.'],
  'mod.name': ['模块', 'Module'],
  'mod.version': ['版本', 'Version'],
  'mod.category': ['类别', 'Category'],
  'mod.state': ['状态', 'State'],
  'mod.actions': ['操作', 'Actions'],
  'mod.enabledFor': ['在“{name}”启用', 'Enabled for {name}'],
  'mod.install': ['安装', 'Install'],
  'mod.uninstall': ['卸载', 'Uninstall'],
  'mod.installing': ['正在安装 {name}…', 'Installing {name}…'],
  'mod.uninstalling': ['正在卸载 {name}…', 'Uninstalling {name}…'],
  'mod.installed': ['{name} 已安装。', '{name} is installed.'],
  'mod.uninstalled': ['{name} 已卸载，数据保留。', '{name} is uninstalled; its data is kept.'],
  'mod.enabled': ['{name} 已在“{unit}”启用。', '{name} is enabled for {unit}.'],
  'mod.disabled': ['{name} 已在“{unit}”停用。', '{name} is disabled for {unit}.'],
  'mod.confirmUninstall': ['确定卸载 {name} 吗？数据会保留，重新安装后可恢复。', 'Uninstall {name}? Its data is kept and comes back when it is reinstalled.'],
  'mod.state.AVAILABLE': ['未安装', 'Not installed'],
  'mod.state.ACTIVE': ['运行中', 'Active'],
  'mod.state.FAILED': ['故障', 'Failed'],
  'mod.nodes': ['各节点', 'On each node'],
  'mod.node.INSTALLED': ['已安装', 'Installed'],
  'mod.node.FAILED': ['未能同步', 'Not in sync'],
  'mod.node.ABSENT': ['未安装', 'Not installed'],
  'mod.uiFailed': ['界面加载失败', 'UI failed to load'],
  'mod.readOnly': ['只有系统管理员可以安装和卸载模块；区级管理员和单位管理员可以为本人管辖范围内的单位启用或停用模块。', 'Only a system administrator can install or uninstall modules; district and unit administrators can switch a module on or off for units in their own scope.'],
  'mod.unavailable': ['模块管理服务暂不可用。', 'The module registry is not available.'],
  'mod.none': ['没有可用的模块。', 'No modules are offered.'],
  'mod.category.MAIN_LINE': ['一条主线', 'Main line'],
  'mod.category.SAFEGUARD': ['两项保障', 'Safeguard'],
  'mod.category.FORTRESS': ['三个堡垒', 'Fortress'],
  'mod.category.OTHER': ['其他', 'Other'],

  'enum.UnitType.DISTRICT': ['区', 'District'],
  'enum.UnitType.STREET': ['街道', 'Street'],
  'enum.UnitType.PARK': ['园区', 'Park'],
  'enum.UnitType.VILLAGE': ['村', 'Village'],
  'enum.UnitType.COMMUNITY': ['社区', 'Community'],
  'enum.UnitType.ENTERPRISE': ['企业', 'Enterprise'],
  'enum.UnitType.SOCIAL_ORGANIZATION': ['社会组织', 'Social organization'],
  'enum.UnitType.INSTITUTION': ['机关事业单位', 'Institution'],
  'enum.UnitType.BUILDING': ['楼宇', 'Building'],
  'enum.UnitType.GRID': ['网格', 'Grid'],
  'enum.PartyOrgType.WORKING_COMMITTEE': ['党工委', 'Working committee'],
  'enum.PartyOrgType.COMMITTEE': ['党委', 'Committee'],
  'enum.PartyOrgType.GENERAL_BRANCH': ['党总支', 'General branch'],
  'enum.PartyOrgType.BRANCH': ['党支部', 'Branch'],
  'enum.PartyOrgType.JOINT_BRANCH': ['联合党支部', 'Joint branch'],
  'enum.PartyOrgType.NONE': ['无', 'None'],
  'enum.Domain.RURAL': ['农村', 'Rural'],
  'enum.Domain.URBAN_COMMUNITY': ['城市社区', 'Urban community'],
  'enum.Domain.EMERGING': ['新兴领域', 'Emerging sectors'],
  'enum.Domain.INSTITUTION': ['机关事业', 'Institutions'],
  'enum.OrgStatus.ACTIVE': ['正常', 'Active'],
  'enum.OrgStatus.DISSOLVED': ['撤销', 'Dissolved'],
  'enum.Sex.MALE': ['男', 'Male'],
  'enum.Sex.FEMALE': ['女', 'Female'],
  'enum.MemberCategory.FULL': ['正式党员', 'Full member'],
  'enum.MemberCategory.PROBATIONARY': ['预备党员', 'Probationary member'],
  'enum.MemberStatus.NORMAL': ['正常', 'Normal'],
  'enum.MemberStatus.LOST_CONTACT': ['失联', 'Lost contact'],
  'enum.MemberStatus.FLOATING': ['流动', 'Floating'],
  'enum.MemberStatus.LEFT': ['已离册', 'Left the roll'],
  'enum.Role.SYSTEM_ADMIN': ['系统管理员', 'System administrator'],
  'enum.Role.DISTRICT_ADMIN': ['区级管理员', 'District administrator'],
  'enum.Role.UNIT_ADMIN': ['单位管理员', 'Unit administrator'],
  'enum.Role.SECRETARY': ['支部书记', 'Branch secretary'],
  'enum.Role.MEMBER': ['党员', 'Member'],
  'enum.Role.AUDITOR': ['审计员', 'Auditor'],
};

/** Units of statistics (Statistic.unit) as readers write them; unknown units are shown as they are. */
const UNITS = {
  count: ['', ''],
  people: ['人', 'people'],
  persons: ['人', 'people'],
  person: ['人', 'people'],
  hours: ['小时', 'hours'],
  // member education counts study hours (学时), a unit of its own, not clock hours
  studyHours: ['学时', 'study hours'],
  villages: ['个村', 'villages'],
  yuan10k: ['万元', '10,000 yuan'],
  percent: ['%', '%'],
  yuan: ['元', 'yuan'],
  days: ['天', 'days'],
  score: ['分', 'points'],
  points: ['分', 'points'],
  buildings: ['栋', 'buildings'],
};

export function unitLabel(lang, unit) {
  if (!unit) return '';
  const known = UNITS[unit];
  return known ? known[lang === 'en' ? 1 : 0] : unit;
}

const LANG_KEY = 'grassroots.lang';

/** zh-CN unless the reader chose English before (kept in this browser). */
export function initialLang() {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function saveLang(lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // private mode without storage: the choice lasts for this page only
  }
}

/**
 * Translates for one language. text: a message key, an object {zhCN, en} (what modules and the API send), or any
 * other string (returned unchanged). params fill {name} placeholders.
 */
export function translator(lang) {
  const index = lang === 'en' ? 1 : 0;
  return function t(text, params) {
    let result;
    if (text && typeof text === 'object') {
      result = (lang === 'en' ? text.en : text.zhCN) || text.zhCN || text.en || '';
    } else if (typeof text === 'string' && MESSAGES[text]) {
      result = MESSAGES[text][index];
    } else {
      result = text === undefined || text === null ? '' : String(text);
    }
    if (params) {
      result = result.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
    }
    return result;
  };
}

/** The label of an API enum code, e.g. enumLabel(t, 'UnitType', 'STREET') → 街道; unknown codes are shown as they are. */
export function enumLabel(t, type, code) {
  if (code === null || code === undefined || code === '') return '—';
  const key = `enum.${type}.${code}`;
  return MESSAGES[key] ? t(key) : code;
}

/** Breakdown keys of statistics are enum codes of any core type; try each. */
export function codeLabel(t, code) {
  for (const type of ['UnitType', 'PartyOrgType', 'Domain', 'MemberCategory', 'MemberStatus', 'Sex', 'OrgStatus']) {
    const key = `enum.${type}.${code}`;
    if (MESSAGES[key]) return t(key);
  }
  return code;
}

export function hasMessage(key) {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}
