import { defineConfig } from 'vitepress'

// https://vitepress.dev/reference/site-config
export default defineConfig({
  lang: 'id-ID',
  title: 'Warta Desa',
  description: 'Dokumentasi aplikasi Warta Desa',
  base: '/warta/',
  srcDir: 'isi',
  sitemap: {
    hostname: 'https://desa.id'
  },
  themeConfig: {
    nav: [{ text: 'Panduan', link: '/panduan/memulai' }],
    socialLinks: [{ icon: 'github', link: 'https://github.com/desa/warta' }]
  }
})
