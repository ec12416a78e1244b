"""Preformatted text in HTML (``<pre>``, ``<code>`` inside it, ``<textarea>``) keeps its
spaces and line breaks as a browser shows them, in every format whose body is HTML; the
text around it is tidied as before."""

from __future__ import annotations

import html
import json

from arsip.ingest.markup.html import html_to_text
from arsip.ingest.pipeline import ingest_bytes

SKRIP = 'for berkas in $SUMBER/*; do\n    if [ -f "$berkas" ]; then\n        cp "$berkas"   /cadangan/\n    fi\n\n\ndone'
PRE = f'<p>Skrip   cadangan:</p>\n<pre class="brush: bash"><code>\n{SKRIP}\n</code></pre>\n<p>Selesai.</p>'
EXPECTED = f"Skrip cadangan:\n\n{SKRIP}\n\nSelesai."


def _text(data: str, name: str) -> str:
    result = ingest_bytes(data.encode("utf-8"), name, name)
    assert result.failure is None and len(result.documents) == 1, result
    return result.documents[0].text


def test_pre_keeps_indentation_runs_of_spaces_and_blank_lines():
    assert html_to_text(PRE) == EXPECTED  # the line break right after <pre> is dropped, as HTML does
    assert html_to_text("<p>Isi formulir:</p><textarea>Nama :  \n  Alamat :</textarea>") == "Isi formulir:\n\nNama :\n  Alamat :"
    assert html_to_text("<pre>baris satu<br>    baris dua</pre>") == "baris satu\n    baris dua"
    assert html_to_text("<p>Teks   biasa\n   tetap   rapi</p>") == "Teks biasa\ntetap rapi"


def test_html_page_and_markdown_raw_html_block():
    page = f"<!DOCTYPE html><html><head><title>Skrip</title></head><body><article><h1>Skrip</h1>{PRE}</article></body></html>"
    assert _text(page, "skrip.html") == f"Skrip\n\n{EXPECTED}"
    markdown = f"---\ntitle: Skrip\n---\nSkrip   cadangan:\n\n<pre>\n{SKRIP}\n</pre>\n\nSelesai.\n"
    assert _text(markdown, "skrip.md") == EXPECTED


def test_wordpress_code_shortcode_and_pre():
    body = f"Skrip   cadangan:\n\n[sourcecode language=\"bash\"]\n{SKRIP}\n[/sourcecode]\n\n<pre>{SKRIP}</pre>\n\nSelesai."
    export = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog Desa</title><item><title>Skrip</title><content:encoded><![CDATA[{body}]]></content:encoded>
<wp:post_id>7</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>"""
    assert _text(export, "ekspor.xml") == f"Skrip cadangan:\n\n{SKRIP}\n\n{SKRIP}\n\nSelesai."


def test_blogger_feed_tumblr_and_ghost_bodies():
    escaped = html.escape(PRE, quote=False)
    blogger = f"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>
<id>tag:blogger.com,1999:blog-1.archive</id><title type='text'>Blog Desa</title>
<entry><id>tag:blogger.com,1999:blog-1.post-2</id><published>2021-03-06T08:15:00.000+07:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<title type='text'>Skrip</title><content type='html'>{escaped}</content></entry></feed>"""
    assert _text(blogger, "blog-03-10-2021.xml") == EXPECTED
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Blog Desa</title><item><title>Skrip</title><link>https://desa.contoh.id/skrip/</link>
<content:encoded><![CDATA[{PRE}]]></content:encoded></item></channel></rss>"""
    assert _text(feed, "feed.xml") == EXPECTED
    tumblr = f"""<?xml version="1.0" encoding="UTF-8"?><tumblr version="1.0"><posts>
<post id="1" type="regular" date-gmt="2015-03-02 12:34:00 GMT"><regular-title>Skrip</regular-title>
<regular-body>{escaped}</regular-body></post></posts></tumblr>"""
    assert _text(tumblr, "posts.xml") == EXPECTED
    ghost = {"db": [{"meta": {"exported_on": 1704423600000, "version": "5.75.0"}, "data": {"posts": [
        {"id": "1", "title": "Skrip", "slug": "skrip", "html": PRE, "status": "published", "type": "post", "published_at": "2024-01-05T03:00:00.000Z"}
    ]}}]}
    assert _text(json.dumps(ghost), "blog.ghost.json") == EXPECTED
