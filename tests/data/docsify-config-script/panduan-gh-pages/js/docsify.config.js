// Pengaturan Docsify untuk panduan aplikasi desa.
window.$docsify = {
  name: 'Panduan Aplikasi Desa',
  homepage: 'beranda.md',
  loadSidebar: 'daftar-isi.md',
  routerMode: 'history',
  search: { placeholder: 'Cari panduan' },
};
