AUTHOR = 'Pengurus RT 05'
SITENAME = 'Warta RT 05'
SITEURL = ''

PATH = 'content'

TIMEZONE = 'Asia/Jakarta'
DEFAULT_LANG = 'id'

THEME = 'themes/sederhana'
PLUGIN_PATHS = ['plugins', 'pelican-plugins']
PLUGINS = ['baca_waktu', 'i18n_subsites']

STATIC_PATHS = ['images', 'extra/robots.txt']
EXTRA_PATH_METADATA = {'extra/robots.txt': {'path': 'robots.txt'}}
