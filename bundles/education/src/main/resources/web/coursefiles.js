// The files of an online course (core's attachment store): listed with a download each, removed one by one and added
// by those who manage courses while the course is not withdrawn; members download a published course's files from
// 我的网络课程 (core lets those below the course's unit read them).
import { h, field, formDialog, download } from '/assets/kit.js';
import { API, can } from './module.js';

export async function courseFilesDialog(ctx, course) {
  const t = ctx.t;
  let files;
  try {
    files = await ctx.api(`${API}/courses/${course.id}/files`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const open = course.status !== 'WITHDRAWN' && can(ctx, 'course');
  const list = h('ul', { class: 'result-list', id: 'edu-course-files' });
  const empty = h('p', { class: 'muted', id: 'edu-course-files-empty', text: t({ zhCN: '还没有文件。', en: 'No files yet.' }) });
  const show = (items) => {
    list.replaceChildren(...items.map((f) => fileItem(ctx, f, open ? async () => {
      try {
        show(await ctx.api(`${API}/courses/${course.id}/files/${f.id}`, { method: 'DELETE' }));
      } catch (e) {
        ctx.notify(e.message);
      }
    } : null)));
    empty.hidden = items.length > 0;
  };
  show(files);
  const upload = h('input', { type: 'file', id: 'edu-course-file', name: 'file' });
  await formDialog(ctx, { id: 'edu-course-files-dialog', title: { zhCN: `课程文件：${course.title}`, en: `Files: ${course.title}` },
    submitText: open ? { zhCN: '上传', en: 'Upload' } : { zhCN: '关闭', en: 'Close' },
    fields: [empty, list, open ? field(t({ zhCN: '添加文件（PDF、Word、图片等）', en: 'Add a file (PDF, Word, images …)' }), upload) : ''],
    submit: async () => (open && upload.files[0] ? ctx.api(`${API}/courses/${course.id}/files?filename=${encodeURIComponent(upload.files[0].name)}`,
      { method: 'POST', body: upload.files[0], headers: { 'Content-Type': 'application/octet-stream' } }) : {}) });
}

/** One file: its name as a download, and a remove button where {@code remove} is given. */
export function fileItem(ctx, f, remove) {
  const t = ctx.t;
  return h('li', { dataset: { file: f.id } },
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'download' }, text: f.fileName,
      onClick: () => download(ctx, `/api/core/attachments/${f.id}/content`, f.fileName).catch((e) => ctx.notify(e.message)) }),
    remove ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'remove-file' },
      text: t({ zhCN: '删除', en: 'Remove' }), onClick: remove }) : null);
}
