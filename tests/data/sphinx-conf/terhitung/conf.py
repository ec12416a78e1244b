# Konfigurasi Sphinx: versi dibaca dari paket saat dibangun
from importlib.metadata import version as paket_versi

project = "Panduan Lumbung Pangan"
release = paket_versi("lumbung")
version = ".".join(release.split(".")[:2])
language = "id"
html_theme = "alabaster"
