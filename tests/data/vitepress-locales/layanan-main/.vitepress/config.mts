import { defineConfig } from 'vitepress'

// Situs layanan desa dwibahasa: halaman sumbernya di docs/.
export default defineConfig({
  srcDir: 'docs',
  lang: 'en-US',
  title: 'Layanan Desa',
  locales: {
    root: { label: 'Bahasa Indonesia', lang: 'id-ID' },
    en: { label: 'English', lang: 'en-US', link: '/en/', title: 'Village Services' }
  }
})
