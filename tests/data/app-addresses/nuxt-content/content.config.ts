import { defineContentConfig, defineCollection } from '@nuxt/content'

export default defineContentConfig({
  collections: {
    berita: defineCollection({ type: 'page', source: 'berita/*.md' }),
    halaman: defineCollection({ type: 'page', source: '*.md' }),
  },
})
