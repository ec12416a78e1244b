// @ts-check
// Situs dokumentasi Lumbung Data Desa; isinya di ../docs (tata letak website/).

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Lumbung Data Desa',
  url: 'https://lumbung.desa.id',
  baseUrl: '/',
  i18n: {defaultLocale: 'id', locales: ['id']},
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          path: '../docs',
          sidebarPath: require.resolve('./sidebars.js'),
          editUrl: 'https://github.com/desa/lumbung/edit/main/website/',
        },
        blog: {showReadingTime: true},
      }),
    ],
  ],
};

module.exports = config;
