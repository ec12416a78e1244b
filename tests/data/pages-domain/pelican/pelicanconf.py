AUTHOR = "Pemdes Sukamaju"
SITENAME = "Kabar Sukamaju"
PATH = "content"
STATIC_PATHS = ["images", "extra/CNAME"]
EXTRA_PATH_METADATA = {"extra/CNAME": {"path": "CNAME"}}
ARTICLE_URL = "{slug}/"
ARTICLE_SAVE_AS = "{slug}/index.html"
