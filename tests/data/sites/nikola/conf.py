# -*- coding: utf-8 -*-
# Konfigurasi Nikola untuk situs Kabar Desa Sukamaju.

import time

BLOG_AUTHOR = "Redaksi Kabar Desa"
BLOG_TITLE = "Kabar Desa Sukamaju"
SITE_URL = "https://kabar.contoh.id/"
BLOG_EMAIL = "redaksi@kabar.contoh.id"
BLOG_DESCRIPTION = "Berita dan catatan warga Desa Sukamaju."

DEFAULT_LANG = "id"
TRANSLATIONS = {
    DEFAULT_LANG: "",
    "en": "./en",
}
TRANSLATIONS_PATTERN = '{path}.{lang}.{ext}'

TIMEZONE = "Asia/Jakarta"

POSTS = (
    ("posts/*.rst", "posts", "post.tmpl"),
    ("posts/*.md", "posts", "post.tmpl"),
    ("posts/*.txt", "posts", "post.tmpl"),
    ("posts/*.ipynb", "posts", "post.tmpl"),
)
PAGES = (
    ("pages/*.rst", "", "page.tmpl"),
    ("pages/*.md", "", "page.tmpl"),
)

COMPILERS = {
    "rest": ('.rst', '.txt'),
    "markdown": ('.md', '.mdown', '.markdown'),
    "ipynb": ('.ipynb',),
    "html": ('.html', '.htm'),
}

METADATA_FORMAT = "Nikola"
PRETTY_URLS = True
# Draf tidak diunggah ke situs.
DEPLOY_DRAFTS = False
THEME = "kabar"

CONTENT_FOOTER = 'Isi &copy; {date} <a href="mailto:{email}">{author}</a>'.format(
    date=time.gmtime().tm_year, email=BLOG_EMAIL, author=BLOG_AUTHOR)
