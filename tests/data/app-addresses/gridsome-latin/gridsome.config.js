// This is where project configuration and plugin options are located.
// Learn more: https://gridsome.org/docs/config

module.exports = {
  siteName: 'Kabar Kampung',
  siteUrl: 'https://kabar.kampung.desa.id',

  plugins: [
    {
      use: '@gridsome/source-filesystem',
      options: { typeName: 'Post', path: 'content/posts/*.md' }
    }
  ],

  templates: {
    Post: '/berita/:title'
  },
}
