from invoke import task
from pelican import main as pelican_main


@task
def build(c):
    """Bangun situs untuk pratinjau."""
    pelican_main(['-s', 'pelicanconf.py'])
