# Konfigurasi Sphinx untuk Buku Panduan Arsip Desa
project = "Buku Panduan Arsip Desa"
author = "Tim Arsip Desa Sukamaju"
release = "2.4"
version = "2.4"
language = "id"
html_theme = "furo"
html_baseurl = "https://arsip-desa.contoh.id/buku"
