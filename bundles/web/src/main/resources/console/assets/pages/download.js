// Downloads need the bearer token, so a plain link cannot fetch them: the file is fetched, then offered through
// a temporary object URL under the name the server gave it (Content-Disposition).

export async function download(api, path) {
  const response = await api(path, { raw: true, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : 'download';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return { name, size: blob.size };
}
