# -*- coding: utf-8 -*-
# Konfigurasi Nikola 7 situs Catatan Karang Taruna, tidak diubah sejak 2015.

BLOG_AUTHOR = "Karang Taruna Tunas Harapan"
BLOG_TITLE = "Catatan Karang Taruna"
SITE_URL = "https://karangtaruna.sukamaju.desa.id/"
DEFAULT_LANG = "id"
TRANSLATIONS = {
    DEFAULT_LANG: "",
}
POSTS = (
    ("posts/*.txt", "posts", "post.tmpl"),
)
PAGES = (
    ("stories/*.txt", "stories", "story.tmpl"),
)
STORY_INDEX = False
