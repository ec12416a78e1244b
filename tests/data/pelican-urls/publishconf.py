import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *

SITEURL = "https://kabar.sukamaju.id"
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
