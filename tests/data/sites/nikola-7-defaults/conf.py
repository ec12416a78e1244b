# -*- coding: utf-8 -*-
# Konfigurasi Nikola 7 situs Kabar Posyandu Mawar (dibuat dengan nikola init, 2016).

BLOG_AUTHOR = "Kader Posyandu Mawar"
BLOG_TITLE = "Kabar Posyandu Mawar"
SITE_URL = "https://posyandu-mawar.sukamaju.desa.id/"
DEFAULT_LANG = "id"
TRANSLATIONS = {
    DEFAULT_LANG: "",
}
POSTS = (
    ("posts/*.txt", "posts", "post.tmpl"),
)

# Instead of putting files in <slug>.html, put them in
# <slug>/index.html. Also enables STRIP_INDEXES
# PRETTY_URLS = False
