import { defineConfig } from 'vitepress'

export default defineConfig({
  lang: 'id-ID',
  title: 'Layanan Desa Sukamaju',
  cleanUrls: true,
})
