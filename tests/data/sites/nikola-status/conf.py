BLOG_AUTHOR = "Pemerintah Desa Sukamaju"
BLOG_TITLE = "Warta Sukamaju"
SITE_URL = "https://warta.sukamaju.desa.id/"
DEFAULT_LANG = "id"
POSTS = (
    ("posts/*.md", "berita", "post.tmpl"),
)
PAGES = ()
DEPLOY_DRAFTS = False
WARN_ABOUT_TAG_METADATA = False
