module.exports = {
  title: 'Buku Panduan',
};
