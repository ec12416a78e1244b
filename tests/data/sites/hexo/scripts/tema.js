/* global hexo */
// Tag tema: {% note kelas %}isi{% endnote %} dan {% label kelas@teks %}, seperti tema NexT.
hexo.extend.tag.register('note', (args, content) => {
  return `<div class="note ${args.join(' ')}">${hexo.render.renderSync({ text: content, engine: 'markdown' })}</div>`;
}, { ends: true });
hexo.extend.tag.register('label', (args) => {
  const [kelas, teks] = args.join(' ').split('@');
  return `<mark class="label ${kelas}">${teks}</mark>`;
});
