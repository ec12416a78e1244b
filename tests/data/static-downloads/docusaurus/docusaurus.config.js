module.exports = {
  title: 'Panduan Desa',
  url: 'https://panduan.contoh.id',
  baseUrl: '/',
  presets: [['classic', {docs: {path: 'docs'}}]],
};
