// Konfigurasi situs dokumentasi SIDesa
module.exports = {
  title: 'SIDesa',
  description: 'Dokumentasi Sistem Informasi Desa',
  base: '/dokumen/',
  locales: {
    '/': { lang: 'id-ID', title: 'SIDesa' },
    '/en/': { lang: 'en-US', title: 'SIDesa' },
  },
  plugins: [
    ['sitemap', { hostname: 'https://sidesa.desa.id' }],
    '@vuepress/back-to-top',
  ],
  themeConfig: {
    nav: [{ text: 'Panduan', link: '/panduan/' }],
    sidebar: 'auto',
  },
}
