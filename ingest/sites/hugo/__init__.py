"""Hugo: its configuration folder, the ``param`` shortcode's values, and where it publishes a page."""
