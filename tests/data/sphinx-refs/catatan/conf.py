# Konfigurasi Sphinx untuk Catatan Rapat Perangkat Desa
project = "Catatan Rapat"
html_theme = "alabaster"
html_baseurl = "https://catatan.contoh.id/rapat/"
