module.exports = {
  siteName: 'Warta Desa Sukamaju',
  siteUrl: 'https://warta.sukamaju.desa.id',

  plugins: [
    {
      use: '@gridsome/source-filesystem',
      options: { typeName: 'Berita', path: 'content/posts/*.md' }
    },
    {
      use: '@gridsome/source-filesystem',
      options: { typeName: 'Halaman', path: 'content/halaman/*.{md,markdown}', route: '/:slug' }
    },
    {
      use: '@gridsome/source-filesystem',
      options: { typeName: 'Agenda', path: 'content/agenda/[a-z]*.md', route: '/agenda/:slug' }
    }
  ],

  templates: {
    Berita: '/berita/:slug'
  },
}
