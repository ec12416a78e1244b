# Konfigurasi Sphinx untuk Panduan Aplikasi Posyandu
project = "Panduan Aplikasi Posyandu"
author = "Tim Relawan Digital"
version = "3.2"
release = "3.2.1"
language = "id"
extensions = ["sphinx.ext.autodoc", "sphinx_tabs.tabs"]
templates_path = ["_templates"]
html_theme = "alabaster"
html_baseurl = "https://panduan-posyandu.contoh.id/"
