# -*- coding: utf-8 -*-
# Konfigurasi Nikola 8 situs Kabar Karang Taruna Melati.

BLOG_AUTHOR = "Karang Taruna Melati"
BLOG_TITLE = "Kabar Karang Taruna Melati"
SITE_URL = "https://melati.sukamaju.desa.id/"
DEFAULT_LANG = "id"
TRANSLATIONS = {
    DEFAULT_LANG: "",
}
POSTS = (
    ("posts/*.md", "posts", "post.tmpl"),
)
PAGES = ()
USE_TAG_METADATA = False
WARN_ABOUT_TAG_METADATA = False
