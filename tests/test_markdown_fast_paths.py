"""The text conversions' shortcuts give exactly the text of the straightforward way: the
Markdown text rule stopping only where an inline rule can act, inline tokens without a place
where one can act read as plain text without inline parsing (and those with only simple
links and images made into their tokens directly), block rules left out of bodies without
their marks, line endings normalized only where there is one to change, and spaces tidied
in one pass."""

import random
import re

import pytest
from markdown_it import rules_core, rules_inline

from arsip.ingest.markup import markdown as markdown_text
from arsip.ingest.markup.html import tidy_text
from arsip.ingest.sites.syntax import SYNTAXES

from .conftest import DATA, SAMPLES

EDGE_CASES = [
    "",
    "   ",
    "\n",
    "Baris satu  \nbaris dua dengan dua spasi sebelum jeda.",
    "Satu spasi \nlalu tab\t\nlalu tab dan spasi \t \n  \t  baris berindentasi.",
    "Baris CRLF  \r\nkedua\r\n\r\nparagraf ketiga\rbaris keempat   \r\n",
    "Entitas &amp; &copy; &#123; &#x41; &bukan; & lepas",
    "Tanda \\*bukan miring\\* dan \\[bukan tautan\\] serta \\\nhard break",
    "**Tebal** : nilai\n\n*miring* _garis_ __dua__ ***tiga***",
    "**Tempat** : Balai desa\n\n**Jam**\t08.00  \n  selesai\n\n**Judul**\n\n**Baris  \n  dua**  \nlanjut\n\n**.**\n\n**(catatan)**",
    "** spasi**\n\n**spasi **\n\n**nempel**kata\n\n**titik**: dua\n\n****\n\n**a***\n\n**a** *b*\n\n**\u00a0x**\n\n**x\u3000**",
    "**(catatan)**kata **x.**y **titik.** z\n\n**satu** dua **tiga**\n\n**tanpa tutup\n\n__Garis__ : x\n\n- **Butir** : isi\n\n| **Sel** : a | b |\n|---|---|\n| **c** | d |",
    "kata-kata: x = y + z # 100% @ ^ $ > < | } { ' \" ( ) . , ;",
    "teks ] tanpa pembuka ! seru! dan ![gambar](peta.png \"Judul\") ![IMG_1.JPG](IMG_1.JPG)",
    "[tautan](http://contoh.id) [rujukan][r] <http://otomatis.id> <b>tebal</b> <script>x</script>sisa\n\n[r]: /r",
    "Catatan[^1] dan [^label]\n\n[^1]: Isi catatan  \n    lanjutan catatan.",
    "Paragraf\n\n\n\nlain\n\n# Judul  \n\nJudul setext\n===\n\nSub\n---",
    "| Nama  | Kota |\n|---|:-:|\n| Ani  | Bandung  |\n| *Budi* | `Medan` |",
    "Istilah\n: definisi  \n  lanjutan\n\nIstilah dua\n:   definisi dua",
    "> kutipan  \n> baris dua\n>\n> > dalam\n\n- satu  \n  dua\n- tiga\n\n1. x\n2) y",
    "Spasi\u00a0tak\u00a0putus  \n\u3000baris\u2028pemisah\fform\x00nol",
    "![Foto](a.jpg){: .img-responsive }\n\nParagraf.\n{: .lead}\n\n`{: .kelas}` {:: nomarkdown /}",
    "{{ page.title }} {% if x %}ya{% endif %} {{< figure caption=\"Panen\" >}} {{% catatan %}}isi{{% /catatan %}}",
    "{/* komentar */} {\"teks\"} {props.nama} <Badge text=\"Baru\" /> <Callout title=\"Penting\">isi</Callout>",
    "import X from './x'\nexport const y = 1\n\n[caption id=\"a\"]Foto[/caption] [youtube=http://y] :::image alt-text=\"Alt\":::",
    "~~coret~~ ~satu~ `kode` ``dua `tanda` kode`` x_y_z a*b*c [TOC] > [!NOTE]",
    "    kode berindentasi  \n\n```\npagar\n```\n\n<div>\n*blok html*\n</div>",
    # one body for each block rule's mark (the rule is left out of the bodies without it)
    "!!! note \"Judul catatan\"\n    Isi catatan.",
    "???+ tip\n    Lipat.",
    "::: peringatan\nIsi wadah.\n:::",
    "~~~\nkode\n~~~",
    "Teks | bukan tabel\n\nJudul | Isi\n--- | ---\nsatu | dua",
    "> kutipan\nlanjut",
    "#\tJudul bertab\n\n#\n\nTeks",
    "[^a]: catatan",
    "<p>blok</p>",
    # characters where a rule acts only in some places (see _WHERE_RULES_ACT)
    "kata_kata _awal akhir_ a__b__c é_ü ß_1 _\u0301x x\u0301_y 1_ _2 ä_\n_",
    "** bintang lepas ** dan * satu * serta **\x85x** \u2028*y* tebal**kata** a\u00a0*\u00a0b *\u3000c",
    "A & B &amp; &copy &#12; &x &é; &\u212a; ~satu~ ~~dua~~ ~~~tiga~~~ seru! ![bukan gambar] [kurung] [^1] [a](b)",
    "[kurung] dan ![alt] dan [a] [b] tanpa rujukan\n\n[kurung]: /ada",
]

#: Characters that matter to some rule, mixed with letters, spaces and line breaks.
ALPHABET = "aaabbkata  \t\n\n*_~`[]()!<>&;#\\{}-:=^|\"'/.x1é\u00a0\x85\u2028\r"
#: Around a leading ``**strong**`` span: letters, spaces and punctuation that are no rule's.
AROUND_STRONG = "ab  \t\n\u00a0().,:;-?'\"/"
#: Pieces of links and images, and of what makes one not simple (titles, escapes, other markup).
LINK_PIECES = [
    "kata", "dua kata", " ", "  ", "\n", " \n ", "[", "]", "(", ")", "![", "](", "[^", "http://contoh.id/a_b*c~d&e", "/laman",
    "#bagian", "./foto_1.jpg", "FOTO.JPG", "javascript:x", "mailto:a@b.id", "data:x", " \"Judul\"", "{:", "{: .kelas}", "*", "_",
    "\\", "`", "<", "&amp;", "!", "\u00a0", "\t", "[b](http://x)", "![a](/g.png)", "[ ](#)", "[b ](http://x)",
]


def _inputs() -> list[str]:
    files = sorted(DATA.glob("sites/**/*.md")) + sorted(DATA.glob("sites/**/*.mdx")) + sorted(SAMPLES.glob("*.txt"))
    randomly = random.Random(11)
    fuzz = ["".join(randomly.choice(ALPHABET) for _ in range(randomly.randint(1, 60))) for _ in range(300)]

    def around() -> str:
        return "".join(randomly.choice(AROUND_STRONG) for _ in range(randomly.randint(0, 4)))

    strong = [f"**{around()}**{around()}" for _ in range(300)]
    links = ["".join(randomly.choice(LINK_PIECES) for _ in range(randomly.randint(1, 12))) for _ in range(600)]
    return [path.read_text(encoding="utf-8") for path in files] + EDGE_CASES + fuzz + strong + links


def _reference_parser(syntax):
    """The same parser with markdown-it's own text rule and inline parsing of every token."""
    parser = markdown_text._parser.__wrapped__(syntax)
    parser.core.ruler.at("normalize", rules_core.normalize)
    parser.inline.ruler.at("text", rules_inline.text)
    parser.core.ruler.at("inline", rules_core.inline)
    return parser


@pytest.mark.parametrize("name", sorted(SYNTAXES))
def test_shortcuts_give_the_text_of_the_full_parser(name, monkeypatch):
    syntax = SYNTAXES[name]
    assert markdown_text._inline_rule_characters(markdown_text._parser(syntax)) is not None, "shortcuts not in use"
    inputs = _inputs()
    fast = [markdown_text.markdown_to_text(body, {"title": "Judul"}, syntax) for body in inputs]
    reference = _reference_parser(syntax)
    monkeypatch.setattr(markdown_text, "_parser", lambda syntax, unused_block_rules: reference)
    for body, text in zip(inputs, fast):
        assert text == markdown_text.markdown_to_text(body, {"title": "Judul"}, syntax), body


def test_plain_inline_content_skips_the_inline_parser():
    tokens = markdown_text._parser(SYNTAXES["markdown"]).parse("Baris satu  \n  baris dua-dua: tiga\n\n**Jam** : 08.00\n\nTeks *miring*.")
    plain, strong, emphasis = [token.children for token in tokens if token.type == "inline"]
    assert [(token.type, token.content) for token in plain] == [("text", "Baris satu\nbaris dua-dua: tiga")]
    assert [(token.type, token.content) for token in strong] == [("text", "Jam : 08.00")]
    assert [token.type for token in emphasis] == ["text", "em_open", "text", "em_close", "text"]


def test_simple_links_and_images_skip_the_inline_parser():
    tokens = markdown_text._parser(SYNTAXES["markdown"]).parse(
        "Lihat [laporan](http://contoh.id/lap_1) dan ![Peta desa](/peta.png)  \n![IMG1.JPG](./IMG_1.JPG) selesai.\n\n"
        "[judul](http://contoh.id \"Judul\")\n\n[a](javascript:alert)"
    )
    simple, titled, script = [token.children for token in tokens if token.type == "inline"]
    assert [(token.type, token.content) for token in simple] == [
        ("text", "Lihat "), ("link_open", ""), ("text", "laporan"), ("link_close", ""), ("text", " dan "), ("image", ""),
        ("text", "\n"), ("image", ""), ("text", " selesai."),
    ]
    assert markdown_text.markdown_to_text("Lihat ![Peta desa](/peta.png){: .lebar } x") == "Lihat Peta desa x"
    assert [token.type for token in titled] == ["link_open", "text", "link_close"]
    assert [(token.type, token.content) for token in script] == [("text", "[a](javascript:alert)")]


def test_block_rules_without_their_marks_in_the_body_are_left_out():
    assert markdown_text._unused_block_rules("Paragraf biasa.\n\n- butir") == set(markdown_text._BLOCK_RULE_MARKS)
    assert markdown_text._unused_block_rules("> kutipan | ```kode```") == set(markdown_text._BLOCK_RULE_MARKS) - {"blockquote", "table", "fence"}


def test_an_inline_rule_of_unknown_characters_turns_the_shortcuts_off():
    parser = markdown_text._parser.__wrapped__(SYNTAXES["markdown"])
    assert markdown_text._inline_rule_characters(parser) is not None
    parser.inline.ruler.before("emphasis", "tagar", lambda state, silent: False)
    assert markdown_text._inline_rule_characters(parser) is None


def _tidy_line_by_line(text: str) -> str:
    lines = (re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n\s*\n+", "\n\n", "\n".join(lines)).strip()


def test_tidy_text_collapses_spaces_as_line_by_line_does():
    assert tidy_text(" Satu \u00a0 dua\t\ttiga \n\n\n \u3000empat\u2003lima \r\n\x0benam ") == "Satu dua tiga\n\nempat lima\nenam"
    randomly = random.Random(7)
    characters = " \t\n\r\x0b\x0c\x1c\x85\u00a0\u2003\u2028\u3000ab"
    for _ in range(3000):
        text = "".join(randomly.choice(characters) for _ in range(randomly.randint(0, 24)))
        assert tidy_text(text) == _tidy_line_by_line(text), repr(text)
