// The photos of a practice teaching site (core's attachment store): shown as thumbnails (read with the reader's
// credentials, so through fetch and an object URL), removed one by one, added (JPEG or PNG) while the site is not
// retired by those who propose sites.
import { h, field, formDialog } from '/assets/kit.js';
import { API, can } from './module.js';

export async function photosDialog(ctx, site) {
  const t = ctx.t;
  let files;
  try {
    files = await ctx.api(`${API}/sites/${site.id}/photos`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const open = site.status !== 'RETIRED' && can(ctx, 'propose');
  const gallery = h('ul', { class: 'result-list', id: 'edu-site-photos' });
  const empty = h('p', { class: 'muted', id: 'edu-site-photos-empty', text: t({ zhCN: '还没有照片。', en: 'No photos yet.' }) });
  const show = (list) => {
    gallery.replaceChildren(...list.map((f) => item(ctx, site, f, open, show)));
    empty.hidden = list.length > 0;
  };
  show(files);
  const upload = h('input', { type: 'file', id: 'edu-site-photo-file', name: 'file', accept: 'image/jpeg,image/png' });
  await formDialog(ctx, { id: 'edu-site-photos-dialog', title: { zhCN: `照片：${site.name}`, en: `Photos: ${site.name}` },
    submitText: open ? { zhCN: '上传', en: 'Upload' } : { zhCN: '关闭', en: 'Close' },
    fields: [empty, gallery, open ? field(t({ zhCN: '添加照片（JPEG 或 PNG）', en: 'Add a photo (JPEG or PNG)' }), upload) : ''],
    submit: async () => (open && upload.files[0] ? ctx.api(`${API}/sites/${site.id}/photos?filename=${encodeURIComponent(upload.files[0].name)}`,
      { method: 'POST', body: upload.files[0], headers: { 'Content-Type': 'application/octet-stream' } }) : {}) });
}

function item(ctx, site, f, open, show) {
  const t = ctx.t;
  const img = h('img', { alt: f.fileName, width: '160', class: 'edu-photo' });
  ctx.api(`/api/core/attachments/${f.id}/content`, { raw: true, headers: { Accept: '*/*' } })
    .then((response) => response.blob())
    .then((blob) => {
      const url = URL.createObjectURL(blob);
      img.src = url;
      ctx.onCleanup(() => URL.revokeObjectURL(url));
    })
    .catch(() => { img.alt = `${f.fileName} — ${t({ zhCN: '无法显示', en: 'cannot be shown' })}`; });
  const remove = open ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'remove-photo' },
    text: t({ zhCN: '删除', en: 'Remove' }), onClick: async () => {
      try {
        show(await ctx.api(`${API}/sites/${site.id}/photos/${f.id}`, { method: 'DELETE' }));
      } catch (e) {
        ctx.notify(e.message);
      }
    } }) : null;
  return h('li', { dataset: { photo: f.id } }, img, h('span', { text: ` ${f.fileName} ` }), remove);
}
