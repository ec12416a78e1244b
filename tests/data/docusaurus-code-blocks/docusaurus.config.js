module.exports = {
  title: 'Panduan SIDesa',
  url: 'https://panduan.sidesa.contoh.id',
  baseUrl: '/',
  presets: [['classic', {docs: {routeBasePath: 'docs'}}]],
};
