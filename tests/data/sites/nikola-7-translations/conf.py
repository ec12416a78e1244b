# -*- coding: utf-8 -*-
# Konfigurasi Nikola 7 situs Desa Wisata Sukamaju, dua bahasa (tanpa TRANSLATIONS_PATTERN).

BLOG_AUTHOR = "Pokdarwis Sukamaju"
BLOG_TITLE = "Desa Wisata Sukamaju"
SITE_URL = "https://wisata.sukamaju.desa.id/"
DEFAULT_LANG = "id"
TRANSLATIONS = {
    DEFAULT_LANG: "",
    "en": "./en",
}
POSTS = (
    ("posts/*.txt", "posts", "post.tmpl"),
)
PAGES = ()
PRETTY_URLS = True
