"""Sites configured in JavaScript: their configuration's literal values, and the documentation
generators among them (Docusaurus, Starlight, VitePress)."""
