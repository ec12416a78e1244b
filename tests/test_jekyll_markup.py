"""A Jekyll post's body as Jekyll shows it: its Liquid rendered first, then its Markdown
read as kramdown reads it. Bodies are modelled on real Jekyll blogs with code."""

import pytest

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.sites.syntax import liquid_problems

from .conftest import best_cpu_seconds


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


LINE_TAG_BODY = (
    "Pertemuan warga dimulai pukul delapan.\n\n"
    "<br>\n**Catatan panitia:** bawa fotokopi KTP.\n\n"
    "<br>\n## Daftar hadir\n\n"
    "<kbd>Ctrl</kbd>-<kbd>P</kbd> mencetak daftar.\n"
)


def test_a_line_starting_with_a_span_level_tag_starts_a_paragraph_as_in_kramdown():
    """kramdown reads ``<br>`` alone on a line as the start of a paragraph, so the bold text
    and heading after it are shown as such (CommonMark keeps the lines as raw HTML)."""
    assert markdown_to_text(LINE_TAG_BODY, {}, "jekyll") == (
        "Pertemuan warga dimulai pukul delapan.\n\nCatatan panitia: bawa fotokopi KTP.\n\nDaftar hadir\n\nCtrl-P mencetak daftar."
    )
    assert "**Catatan panitia:**" in markdown_to_text(LINE_TAG_BODY, {}, "markdown")  # CommonMark, as GitHub shows it


def test_an_element_marked_markdown_holds_markdown_unless_marked_0():
    body = (
        "{% box_perhatian %}\n"
        "<p markdown=1>Penulis **tidak bertanggung jawab** atas kerusakan sistem.</p>\n"
        '<p markdown="1">Dengan mengikuti catatan ini, Anda **menyetujui** risikonya.</p>\n'
        "{% endbox_perhatian %}\n\n"
        '<div class="catatan" markdown="block">\nLangkah *pertama*: perbarui daftar paket.\n</div>\n\n'
        '<div markdown="0">Teks **mentah** tetap.</div>\n\n'
        '<nomarkdown markdown="1">\nElemen **asing** tetap mentah.\n</nomarkdown>\n'  # no content model: raw
    )
    assert markdown_to_text(body, {}, "jekyll") == (
        "Penulis tidak bertanggung jawab atas kerusakan sistem.\n\n"
        "Dengan mengikuti catatan ini, Anda menyetujui risikonya.\n\n"
        "Langkah pertama: perbarui daftar paket.\n\n"
        "Teks **mentah** tetap.\n\n"
        "Elemen **asing** tetap mentah."
    )


def test_kramdowns_end_of_block_marker_is_no_text_but_stays_in_code():
    """A line of only ``^`` ends the list before it (the code after it is not the list's)."""
    body = (
        "Buka konsol.\n\n* Di **Linux**, buka terminal.\n* Di **Windows**, buka menu Start.\n^\n\n"
        "    irb(main):001:0>\n{: .code .ruby-code}\n\n```\nx = 2\n^\n```\n"
    )
    assert markdown_to_text(body, {}, "jekyll") == (
        "Buka konsol.\n\nDi Linux, buka terminal.\nDi Windows, buka menu Start.\n\nirb(main):001:0>\n\nx = 2\n^"
    )


def test_a_table_whose_separator_line_parts_columns_with_plus_is_a_table_but_not_in_code():
    body = (
        "| Tombol | Fungsi |\n| --- + --- |\n| <kbd>j</kbd> & <kbd>k</kbd> | Pindah naik & turun |\n| <kbd>c</kbd> | Buat pesan commit |\n\n"
        "```\n| a | b |\n|---+---|\n```\n"
    )
    assert markdown_to_text(body, {}, "jekyll") == (
        "Tombol Fungsi\nj & k Pindah naik & turun\nc Buat pesan commit\n\n| a | b |\n|---+---|"
    )


def test_liquid_tags_of_the_sites_own_plugins_are_named_in_a_problem():
    """A tag of a site's own plugin (``_plugins/*.rb``) is removed, and what it would show
    is not known: the document says which tags went. Liquid's and Jekyll's own tags, and
    those inside code or raw blocks, are not named as plugins' (an include not read is
    named as such: tests/test_jekyll_includes.py)."""
    body = (
        "{% assign penulis = page.author %}Catatan rapat {% if page.tanggal %}hari ini{% endif %}.\n\n"
        '{% text_latin "Musyawarah desa" %} dan {% text_latin "gotong royong" %} ditulis miring.\n\n'
        "{% pre_whiteboard %}\n+--------+\n| Balai  |\n+--------+\n{% endpre_whiteboard %}\n\n"
        "```\n{% contoh_kode %}\n```\n\n"
        "{% raw %}{% tag_lain %}{% endraw %} dan `{% sebaris %}` tetap kode.\n\n"
        "{% include kartu.html judul=\"Musyawarah\" %}\n"
    )
    problems = []
    markdown_to_text(body, {}, "jekyll", problems)
    assert [(p.field, p.reason) for p in problems] == [
        ("text", "3 Liquid tag(s) of the site's own plugins removed, what they show not known: text_latin (2), pre_whiteboard (1)"),
        ("text", "1 include(s) not read into the page (not in the site's includes folder on disk: a theme's, a file the export lacks, "
                 "or a site read from an archive), only their parameters that are text shown: kartu.html (1)"),
    ]


def test_liquid_and_jekyll_tags_alone_give_no_problem():
    body = (
        "{% capture judul %}Rapat{% endcapture %}{% for i in (1..3) %}Putaran{% endfor %} {{ judul }}\n\n"
        "{% highlight ruby %}\nputs 'halo'\n{% endhighlight %} lihat [pos]({% post_url 2020-01-02-rapat %}) "
        "dan {% gist 12345 %}.\n"
    )
    problems = []
    markdown_to_text(body, {}, "jekyll", problems)
    assert problems == []


def test_octopress_code_blocks_and_quotes_read_as_its_plugins_show_them():
    """An Octopress blog is a Jekyll site with Octopress' plugins: ``{% codeblock %}`` is
    code, kept verbatim with its caption (not Markdown: its ``#`` lines are no headings),
    ``{% blockquote %}`` its quote and the source it names; neither is named in a problem."""
    body = (
        "Skrip pencadangan yang kami pakai di balai desa:\n\n"
        "{% codeblock cadangan.sh lang:bash %}\n# salin arsip ke diska luar\nrsync -a  /arsip/ /media/luar/\n{% endcodeblock %}\n\n"
        "{% blockquote Kepala Desa, Sambutan Musyawarah %}\nArsip yang rapi adalah ingatan desa.\n{% endblockquote %}\n"
    )
    problems = []
    assert markdown_to_text(body, {}, "jekyll", problems) == (
        "Skrip pencadangan yang kami pakai di balai desa:\n\n"
        "cadangan.sh\n\n# salin arsip ke diska luar\nrsync -a  /arsip/ /media/luar/\n\n"
        "Arsip yang rapi adalah ingatan desa.\n\nKepala Desa, Sambutan Musyawarah"
    )
    assert problems == []


def test_an_octopress_image_keeps_its_title_and_alt_text():
    body = 'Suasana rapat:\n\n{% img left /images/balai.jpg 300 200 "Balai desa" "Warga di balai desa" %}\n'
    problems = []
    text = markdown_to_text(body, {}, "jekyll", problems)
    assert "Balai desa" in text and "Warga di balai desa" in text and "balai.jpg" not in text
    assert problems == []


def test_liquid_shown_inside_an_octopress_code_block_is_code_not_a_plugin_tag():
    body = "Potongan templat:\n\n{% codeblock kartu.html %}\n{% kartu_warga nama %}\n{% endcodeblock %}\n"
    problems = []
    assert markdown_to_text(body, {}, "jekyll", problems) == "Potongan templat:\n\nkartu.html\n\n{% kartu_warga nama %}"
    assert problems == []


def test_naming_plugin_tags_takes_linear_time():
    """A body of many closing tags (hostile or generated) is checked in linear time."""
    def seconds(count: int) -> float:
        return best_cpu_seconds(liquid_problems, "{% endkartu %} " * count)

    # Four times the input in at most ~8 times the time (quadratic would be 16 times).
    assert seconds(20_000) < 8 * seconds(5_000) + 0.05


def test_an_output_inside_a_highlight_block_shows_its_value_unless_raw():
    """Jekyll renders Liquid before Markdown, and a ``{% highlight %}`` block's body is Liquid
    too (Jekyll's docs: wrap Liquid shown as code in ``{% raw %}``): ``{{ page.versi }}``
    inside it shows the front matter's value; an output arsip cannot render (``{{ site.url
    }}``) is removed, as outside code; inside ``{% raw %}`` it stays as written."""
    body = (
        "Unduh rilis terbaru:\n\n"
        "{% highlight bash %}\nwget https://contoh.id/arsip-{{ page.versi }}.tar.gz\n"
        'echo "{{ site.url }}"\n{% endhighlight %}\n\n'
        "{% highlight liquid %}\n{% raw %}Versi {{ page.versi }}{% endraw %}\n{% endhighlight %}\n"
    )
    text = markdown_to_text(body, {"versi": "2.4.1"}, "jekyll")
    assert text == 'Unduh rilis terbaru:\n\nwget https://contoh.id/arsip-2.4.1.tar.gz\necho ""\n\nVersi {{ page.versi }}'


def test_a_reference_link_apart_from_its_reference_is_a_link_as_in_kramdown():
    """kramdown reads ``[teks] [1]`` as a reference link: its ``LINK_INLINE_ID_RE``
    (``/\\s*?\\[([^\\]]+)?\\]/``, ``parser/kramdown/link.rb``) takes whitespace, one line break
    too, between the text and the reference, so the reader sees "teks" where CommonMark reads
    two brackets ("[teks] 1"). A reference that is not defined stays as written in both, as
    does code."""
    body = (
        "Laporan lengkap ada di [situs desa] [1] dan [arsip kabupaten]\n[Arsip].\n\n"
        "Contoh penulisan: `[teks] [1]`.\n\n"
        "Tautan [tanpa definisi] [9] tetap.\n\n"
        "[1]: https://desa.id/laporan\n[arsip]: https://kab.id/arsip\n"
    )
    assert markdown_to_text(body, {}, "jekyll") == (
        "Laporan lengkap ada di situs desa dan arsip kabupaten.\n\nContoh penulisan: [teks] [1].\n\nTautan [tanpa definisi] [9] tetap."
    )
    assert "[situs desa] 1 dan" in markdown_to_text(body, {}, "markdown")  # CommonMark elsewhere
