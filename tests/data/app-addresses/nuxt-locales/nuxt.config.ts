// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  modules: ['@nuxt/content'],
  content: {
    documentDriven: true,
    locales: ['id', 'en'],
    defaultLocale: 'id',
  },
  site: { url: 'https://kabar.sukamaju.desa.id', name: 'Kabar Sukamaju' },
})
