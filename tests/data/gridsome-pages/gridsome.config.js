// This is where project configuration and plugin options are located.
// Learn more: https://gridsome.org/docs/config

module.exports = {
  siteName: 'Warta Sukamaju',
  siteUrl: 'https://warta.sukamaju.desa.id',

  plugins: [
    {
      use: '@gridsome/source-filesystem',
      options: { typeName: 'Berita', path: 'src/pages/berita/*.md' }
    }
  ],

  templates: {
    Berita: '/berita/:title'
  },
}
