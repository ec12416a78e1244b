"""Markup to plain text: Markdown and HTML bodies, a page's main content, and the rules they share."""
