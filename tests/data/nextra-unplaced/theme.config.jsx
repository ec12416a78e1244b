export default {
  logo: <span>Posyandu Melati</span>,
  project: { link: 'https://github.com/posyandu-melati/dokumentasi' },
}
