"""Jekyll: its ``_config.yml`` and where it publishes a file."""
