/**
 * @type {import('gatsby').GatsbyConfig}
 */
module.exports = {
  siteMetadata: {
    title: `Dapur Nusantara`,
    author: { name: `Rina Kusuma`, summary: `yang tinggal di Padang dan suka memasak.` },
    siteUrl: `https://dapur.contoh.id/`,
  },
  plugins: [
    `gatsby-plugin-image`,
    {
      resolve: `gatsby-source-filesystem`,
      options: {
        path: `${__dirname}/content/blog`,
        name: `blog`,
      },
    },
    {
      resolve: `gatsby-source-filesystem`,
      options: { name: `resep-lama`, path: `./arsip-resep` },
    },
    `gatsby-transformer-remark`,
  ],
}
