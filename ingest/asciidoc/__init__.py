"""AsciiDoc to plain text, as Asciidoctor reads it: header, includes, blocks, inline markup."""
