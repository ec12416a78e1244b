// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2025-01-15',
  modules: ['@nuxt/content'],
  content: { documentDriven: true },
  site: { url: 'https://kabar.sukamaju.desa.id', name: 'Kabar Sukamaju' },
})
