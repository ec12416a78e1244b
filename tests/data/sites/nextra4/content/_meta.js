export default { index: 'Beranda', panduan: 'Panduan' }
