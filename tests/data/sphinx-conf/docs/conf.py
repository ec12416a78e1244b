# Konfigurasi Sphinx untuk Buku Petunjuk Koperasi Desa
import os

project = "Buku Petunjuk Koperasi Desa"
version = release = "1.4"
today = "1 Maret 2024"
language = "id"
html_baseurl = "https://koperasi.contoh.id/petunjuk/"
html_theme = "alabaster"
extensions = ["sphinx.ext.intersphinx"]
