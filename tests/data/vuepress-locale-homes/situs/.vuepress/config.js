// VuePress 1: beranda dwibahasa, judul situs per bahasa.
module.exports = {
  locales: {
    '/': { lang: 'id-ID', title: 'Panduan Desa', description: 'Panduan layanan desa' },
    '/en/': { lang: 'en-US', title: 'Village Guide', description: 'A guide to village services' }
  }
}
