// ${moduleNameEn} (${moduleNameZh}): the module's pages in the grassroots console, built with the console kit.
// Contract (docs/ui-contributions.md): the console imports this ES module (/ui/${moduleId}/index.js) while the
// module is active and enabled for the reader's scope, and calls page.render(container, ctx). ctx.unit is the
// scope, an object {id, name}: send ctx.unit.id to the API. ctx.api(path) fetches JSON, ctx.t({zhCN, en}) picks
// the reader's language. The kit (/assets/kit.js) gives paged tables, pickers, dialogs, forms and states.
import { h, scopeOf, pagedTable, pageQuery, dateOnly } from '/assets/kit.js';

const API = '/api/${moduleId}';

async function renderActivities(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const list = pagedTable(ctx, {
    id: '${moduleId}-activity-table',
    caption: { zhCN: '活动', en: 'Activities' },
    load: (paging) => ctx.api(API + '/activities?' + pageQuery({ unit: unit }, paging)),
    emptyText: { zhCN: '还没有登记活动。', en: 'No activities recorded yet.' },
    columns: [
      { title: { zhCN: '日期', en: 'Date' }, render: (activity) => dateOnly(ctx, activity.heldOn) },
      { title: { zhCN: '主题', en: 'Title' }, head: true, render: (activity) => activity.title },
      { title: { zhCN: '参加人数', en: 'Participants' }, class: 'num', render: (activity) => String(activity.participants) },
    ],
  });
  container.append(h('p', { class: 'muted', text: ctx.t({ zhCN: '范围：' + ctx.unit.name, en: 'Scope: ' + ctx.unit.name }) }),
    list.element);
  await list.ready;
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
