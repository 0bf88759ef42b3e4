// ${moduleNameEn} (${moduleNameZh}): the module's pages in the grassroots console.
// Contract: the console imports this ES module (/ui/${moduleId}/index.js) and calls page.render(container, ctx), where
// ctx.api(path) fetches JSON from the platform and ctx.t({zhCN, en}) picks the user's language.

function element(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

async function renderActivities(container, ctx) {
  container.replaceChildren(element('h2', ctx.t({ zhCN: '活动', en: 'Activities' })));
  const unit = ctx.unit ?? (ctx.user && ctx.user.unitId);
  if (unit == null) {
    container.append(element('p', ctx.t({ zhCN: '请先选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  let page;
  try {
    page = await ctx.api('/api/${moduleId}/activities?unit=' + encodeURIComponent(unit) + '&size=50');
  } catch (error) {
    container.append(element('p', error.message || String(error)));
    return;
  }
  const table = element('table');
  const head = element('tr');
  for (const title of [{ zhCN: '日期', en: 'Date' }, { zhCN: '主题', en: 'Title' }, { zhCN: '参加人数', en: 'Participants' }]) {
    head.append(element('th', ctx.t(title)));
  }
  table.append(head);
  for (const activity of page.items) {
    const row = element('tr');
    row.append(element('td', activity.heldOn), element('td', activity.title), element('td', String(activity.participants)));
    table.append(row);
  }
  container.append(table, element('p', ctx.t({ zhCN: '共 ' + page.total + ' 条', en: page.total + ' in total' })));
}

export default {
  id: '${moduleId}',
  pages: [
    {
      path: 'activities',
      title: { zhCN: '活动', en: 'Activities' },
      render: renderActivities,
    },
  ],
};
