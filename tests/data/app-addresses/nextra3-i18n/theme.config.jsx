export default {
  logo: <span>Panduan Posyandu</span>,
  i18n: [
    { locale: 'id', name: 'Bahasa Indonesia' },
    { locale: 'en', name: 'English' },
  ],
}
