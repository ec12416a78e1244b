export default {
  logo: <span>Dokumentasi SIDeka</span>,
  project: { link: 'https://github.com/contoh/sideka-docs' },
  docsRepositoryBase: 'https://github.com/contoh/sideka-docs/tree/main',
  footer: { content: 'Dokumentasi SIDeka' },
  i18n: [{ locale: 'id', name: 'Bahasa Indonesia' }],
}
