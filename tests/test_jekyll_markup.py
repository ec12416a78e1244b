"""A Jekyll post's body as Jekyll shows it: its Liquid rendered first, then its Markdown
read as kramdown reads it. Bodies are modelled on real Jekyll blogs with code."""

import pytest

from arsip.ingest.markup.markdown import markdown_to_text


@pytest.mark.parametrize("generator", ["jekyll", "eleventy"])
def test_a_raw_block_inside_a_highlight_block_is_the_code_as_written(generator):
    """A post that shows Liquid code wraps it in ``{% raw %}`` inside ``{% highlight %}``
    (both on their own lines, or ``{% raw %}`` on the code's first line)."""
    body = (
        "Daftar pengumuman di beranda dibuat dengan potongan templat berikut.\n\n"
        "{% highlight liquid linenos %}\n{% raw %}\n<ul>\n{% for kabar in site.data.pengumuman %}\n"
        "  <li>{{ kabar.judul }}</li>\n{% endfor %}\n</ul>\n{% endraw %}\n{% endhighlight %}\n\n"
        "Kartu kegiatan cukup ditulis dalam satu baris:\n\n"
        '{% highlight liquid %}\n{% raw %}{% include kartu.html judul="Musyawarah" %}{% endraw %}\n{% endhighlight %}\n\n'
        "Hasilnya tampil sebagai daftar di halaman depan.\n"
    )
    assert markdown_to_text(body, {}, generator) == (
        "Daftar pengumuman di beranda dibuat dengan potongan templat berikut.\n\n"
        "<ul>\n{% for kabar in site.data.pengumuman %}\n  <li>{{ kabar.judul }}</li>\n{% endfor %}\n</ul>\n\n"
        "Kartu kegiatan cukup ditulis dalam satu baris:\n\n"
        '{% include kartu.html judul="Musyawarah" %}\n\n'
        "Hasilnya tampil sebagai daftar di halaman depan."
    )
