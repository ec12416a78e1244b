#!/usr/bin/env python
AUTHOR = "Redaksi Kabar Desa"
SITENAME = "Kabar Desa Sukamaju"
SITEURL = ""

PATH = "content"
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
DEFAULT_PAGINATION = 10
