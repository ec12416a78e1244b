"""Hexo: its ``_config.yml``, where it publishes a file, and its tag plugins."""
