module.exports = {
  title: 'Kabar Tani Sukamaju',
  url: 'https://tani.sukamaju.id',
  baseUrl: '/',
  i18n: { defaultLocale: 'id', locales: ['id', 'en'] },
  presets: [['classic', { docs: { sidebarPath: './sidebars.js' }, blog: { showReadingTime: true } }]],
};
