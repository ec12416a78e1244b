"""A Hugo site's shortcodes that show another file's content (``readfile``, ``include``, or
one given a ``file``) are named in a problem: what they read is the site's own code's doing."""

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents


def _text_and_problems(body: str) -> tuple[str, list[str]]:
    problems: list = []
    text = markdown_to_text(body, {}, "hugo", problems)
    return text, [problem.reason for problem in problems]


def test_file_reading_shortcodes_are_named_with_their_counts():
    text, problems = _text_and_problems(
        "Langkah pemasangan aplikasi desa.\n\n"
        '{{< readfile file="/includes/prasyarat.md" markdown="true" >}}\n\n'
        '{{% include "tugas-prasyarat.md" %}}\n\n'
        '{{% codenew file="pods/pod-sederhana.yaml" %}}\n\n'
        '{{< readfile file="contoh/konfigurasi.toml" code="true" lang="toml" >}}\n'
    )
    assert text == "Langkah pemasangan aplikasi desa."
    assert problems == ["4 shortcode(s) showing another file's content, which arsip does not read: readfile (2), include (1), codenew (1)"]


def test_shortcodes_shown_in_code_or_escaped_and_other_shortcodes_are_not_named():
    text, problems = _text_and_problems(
        'Tulis `{{< readfile file="a.md" >}}` untuk menyisipkan berkas, atau {{</* include "b.md" */>}}.\n\n'
        '```\n{{< readfile file="c.md" >}}\n```\n\n'
        '{{< figure src="peta.png" caption="Peta desa" >}} Berkas profil tersedia.\n'
    )
    assert problems == []
    assert "Peta desa" in text


def test_a_hugo_site_page_gets_the_problem(tmp_path):
    (tmp_path / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "pasang.md").write_text(
        "---\ntitle: Pemasangan\n---\nLangkah pemasangan.\n\n{{< readfile file=\"content/_sisipan.md\" >}}\n", encoding="utf-8"
    )
    [document] = read_documents([str(tmp_path)])
    assert [problem.reason for problem in document.problems] == [
        "1 shortcode(s) showing another file's content, which arsip does not read: readfile (1)"
    ]


def test_a_shortcode_given_a_file_and_closed_in_the_page_shows_its_own_content():
    """Hugo's documentation's ``code-toggle``: ``file`` names the configuration it shows,
    the content is that configuration, code shown as TOML, YAML and JSON (kept verbatim)."""
    text, problems = _text_and_problems(
        "Atur mutu gambar di konfigurasi situs desa:\n\n"
        "{{< code-toggle file=hugo >}}\n[imaging]\n# mutu bawaan\nquality = 75\n[params]\n  penulis = '**Siti**'\n{{< /code-toggle >}}\n\n"
        '{{% codenew file="pods/pod-sederhana.yaml" %}}\n'
    )
    assert text == (
        "Atur mutu gambar di konfigurasi situs desa:\n\n"
        "[imaging]\n# mutu bawaan\nquality = 75\n[params]\n  penulis = '**Siti**'"
    )
    assert problems == ["1 shortcode(s) showing another file's content, which arsip does not read: codenew (1)"]
