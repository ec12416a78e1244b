import os
import sys
sys.path.append(os.curdir)
from pelicanconf import *

SITEURL = 'https://rt05.contoh.id'
RELATIVE_URLS = False
FEED_ALL_ATOM = 'feeds/all.atom.xml'
DELETE_OUTPUT_DIRECTORY = True
