// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Panduan Layanan Sukamaju',
  baseUrl: '/',
  staticDirectories: ['aset'],
  presets: [
    ['classic', { docs: { routeBasePath: '/' }, blog: false }],
  ],
  plugins: [
    [require.resolve('./plugin/peta-desa'), { path: process.env.PETA_DESA }],
  ],
}

module.exports = config
