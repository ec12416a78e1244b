import { defineConfig, defineCollection, s } from 'velite'

const berita = defineCollection({
  name: 'Berita',
  pattern: 'berita/**/*.md',
  schema: s.object({ title: s.string().max(99), slug: s.path(), date: s.isodate(), content: s.markdown() }),
})

export default defineConfig({
  root: 'konten',
  output: { data: '.velite', assets: 'public/static', base: '/static/', clean: true },
  collections: { berita },
})
