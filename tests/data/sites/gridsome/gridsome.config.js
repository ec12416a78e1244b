// This is where project configuration and plugin options are located.
// Learn more: https://gridsome.org/docs/config

module.exports = {
  siteName: 'Kabar Kampung',

  plugins: [
    {
      // Create posts from markdown files
      use: '@gridsome/source-filesystem',
      options: {
        path: 'content/posts/*.md',
        typeName: 'Post',
        route: '/:slug',
        refs: {
          tags: { typeName: 'Tag', route: '/tag/:id', create: true }
        }
      }
    }
  ],

  transformers: {
    remark: { externalLinksTarget: '_blank', plugins: ['@gridsome/remark-prismjs'] }
  },
}
