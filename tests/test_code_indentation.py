"""Code blocks (Markdown fenced, indented, inside a list; reST, AsciiDoc and Org) keep their lines as written in
``text``: indentation, tabs, runs of spaces and blank lines inside the block; the prose
around them is tidied as before."""

from __future__ import annotations

import pytest

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import ingest_bytes

YAML = 'situs:\n  judul: "Desa  Maju"\n  menu:\n    - beranda\n\n\n    - berita'
PYTHON = 'def sapa(nama):\n    if nama:\n        return f"Halo,  {nama}"'
BODY = f"""Contoh   konfigurasi:

```yaml
{YAML}
```

1. Langkah   pertama:

   ~~~python
   {PYTHON.replace(chr(10), chr(10) + "   ")}
   ~~~

Kode berindentasi:

    for i in range(3):
    \tprint(i)

Selesai   juga.
"""
EXPECTED = f"Contoh konfigurasi:\n\n{YAML}\n\nLangkah pertama:\n\n{PYTHON}\n\nKode berindentasi:\n\nfor i in range(3):\n\tprint(i)\n\nSelesai juga."


@pytest.mark.parametrize("generator", ["markdown", "jekyll", "hugo", "mkdocs", "pelican"])
def test_code_blocks_keep_their_lines(generator):
    assert markdown_to_text(BODY, {}, generator) == EXPECTED


def test_code_in_a_quote_keeps_its_lines():
    quoted = "".join(f"> {line}\n" if line else ">\n" for line in ["Catatan:", "", "```yaml", *YAML.split("\n"), "```"])
    assert markdown_to_text(quoted, {}, "markdown") == f"Catatan:\n\n{YAML}"


def test_code_in_a_jsx_component_keeps_its_lines():
    body = f"import Tabs from '@theme/Tabs';\n\n<Tabs>\n\nContoh:\n\n```yaml\n{YAML}\n```\n\n</Tabs>\n"
    assert markdown_to_text(body, {}, "mdx") == f"Contoh:\n\n{YAML}"


def test_jekyll_post_record_keeps_code_indentation():
    data = f"---\ntitle: Konfigurasi\ndate: 2021-03-06\n---\n{BODY}".encode("utf-8")
    result = ingest_bytes(data, "_posts/2021-03-06-konfigurasi.md", "_posts/2021-03-06-konfigurasi.md")
    assert result.failure is None
    assert result.documents[0].text == EXPECTED


def test_rest_literal_block_keeps_its_lines():
    indented = "\n".join(f"    {line}" if line else "" for line in YAML.split("\n"))
    data = f"Konfigurasi\n###########\n\n:date: 2021-03-06\n\nContoh   berkas::\n\n{indented}\n\nSelesai   juga.\n".encode("utf-8")
    result = ingest_bytes(data, "konfigurasi.rst", "konfigurasi.rst")
    assert result.failure is None
    assert result.documents[0].text.endswith(f"Contoh berkas:\n\n{YAML}\n\nSelesai juga.")


def _indented(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.split("\n"))


@pytest.mark.parametrize(
    "name, source, expected",
    [
        (  # a listing block as written; a literal paragraph less the indentation its lines share
            "konfigurasi.adoc",
            f"= Konfigurasi\n\nContoh   berkas:\n\n[source,yaml]\n----\n{YAML}\n----\n\nParagraf literal:\n\n{_indented(PYTHON)}\n\nSelesai   juga.\n",
            f"Contoh berkas:\n\n{YAML}\n\nParagraf literal:\n\n{PYTHON}\n\nSelesai juga.",
        ),
        (  # a source block less the indentation its lines share, as Org exports it
            "konfigurasi.org",
            f"#+TITLE: Konfigurasi\n\nContoh   berkas:\n\n#+BEGIN_SRC yaml\n{_indented(YAML)}\n#+END_SRC\n\nSelesai   juga.\n",
            f"Contoh berkas:\n\n{YAML}\n\nSelesai juga.",
        ),
    ],
)
def test_asciidoc_and_org_code_blocks_keep_their_lines(name, source, expected):
    result = ingest_bytes(source.encode("utf-8"), name, name)
    assert result.failure is None
    assert result.documents[0].text == expected
