export default {
  logo: <span>Panduan Posyandu</span>,
  project: { link: 'https://github.com/contoh/panduan-posyandu' },
}
