export default {
  logo: <span>Panduan Posyandu</span>,
  i18n: [
    { locale: 'id', text: 'Bahasa Indonesia' },
    { locale: 'en', text: 'English' },
  ],
}
