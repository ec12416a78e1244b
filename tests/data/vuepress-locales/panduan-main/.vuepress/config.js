// VuePress 1: situs panduan dwibahasa.
module.exports = {
  title: 'Panduan Desa',
  locales: {
    '/': { lang: 'id-ID', title: 'Panduan Desa', description: 'Panduan layanan desa' },
    '/en/': { lang: 'en-US', title: 'Village Guide', description: 'A guide to village services' }
  },
  themeConfig: {
    locales: {
      '/': { selectText: 'Bahasa', label: 'Indonesia' },
      '/en/': { selectText: 'Languages', label: 'English' }
    }
  }
}
