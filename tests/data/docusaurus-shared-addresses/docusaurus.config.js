module.exports = {
  title: 'Panduan Layanan Desa Sukamaju',
  url: 'https://panduan.sukamaju.desa.id',
  baseUrl: '/',
  presets: [['classic', {docs: {}, blog: {}}]],
};
