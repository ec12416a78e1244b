# -*- coding: utf-8 -*-
# Konfigurasi Nikola untuk Warta Kampung Nelayan (tanpa DEPLOY_DRAFTS: draf ikut diunggah).

BLOG_AUTHOR = "Redaksi Warta Kampung"
BLOG_TITLE = "Warta Kampung Nelayan"
SITE_URL = "https://warta.contoh.id/"

DEFAULT_LANG = "id"
TRANSLATIONS = {
    DEFAULT_LANG: "",
    "en": "./en",
}

POSTS = (
    ("posts/*.md", {"id": "berita", "en": "news"}, "post.tmpl"),
)
PAGES = (
    ("pages/*.md", {"en": "about"}, "page.tmpl"),
)
TIMEZONE = "Asia/Makassar"

# Nikola 8 (nikola init menulis ini)
WARN_ABOUT_TAG_METADATA = False
