/** @type {import("pliny/config").PlinyConfig } */
const siteMetadata = {
  title: 'Catatan Teknologi',
  author: 'Andi Wijaya',
  headerTitle: 'Catatan Teknologi',
  description: 'Blog tentang pemrograman dan teknologi',
  language: 'id-ID',
  theme: 'system',
  siteUrl: 'https://catatan-teknologi.vercel.app',
  locale: 'id-ID',
}

module.exports = siteMetadata
