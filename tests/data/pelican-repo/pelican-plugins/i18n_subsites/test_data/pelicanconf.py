AUTHOR = 'The Tester'
SITENAME = 'Testing site'
SITEURL = 'http://example.com/test'
PATH = 'content'
PLUGINS = ['i18n_subsites']
