"""Each site generator's own syntax in a body, applied only to that generator's files.

A :class:`Syntax` says what to do before a Markdown body is parsed (Liquid is processed
before Markdown by Jekyll, Hugo shortcodes before Markdown by Hugo), which parser rules
its Markdown adds (MDX, in :mod:`.mdx`), and what to do with raw HTML. Every
pattern here is linear: none can scan the rest of the body again for each opening brace.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any, Callable, Mapping

from markdown_it import MarkdownIt

from ..document import Problem
from .hexo.syntax import citation, code_block, hexo_markdown, hexo_problems, image_tag_text, paired_tag
from ..markup.html import html_to_text
from .docsify import docsify_heading, docsify_markdown, docsify_problems
from .gitbook import gitbook_markdown
from .vuepress import hero_parts, vuepress_markdown, vuepress_problems
from .javascript.docs_sites import MDX1, DocsRoutes
from .javascript.mdc import mdc_markdown
from .mdn import mdn_html, mdn_markdown, mdn_problems
from .jekyll.config import JekyllSite
from .jekyll.outputs import WORD_KEEPING_FILTERS, unapplied_filters
from .jekyll.page_liquid import LIQUID_CAPTURE, LIQUID_OUTPUT, LIQUID_SETS, PageLiquid, set_variables
from .jekyll.kramdown import kramdown_plugin, kramdown_tables, markdown_elements, markdownified, spaced_addresses, spaced_references
from .mdx import jsx_components, mdx1_plugin, mdx_compared, mdx_html, mdx_plugin, unwrapped_code_blocks
from .mkdocs.config import MkDocsSettings
from .mkdocs.syntax import ATTRIBUTE, KRAMDOWN_ATTRIBUTES, attribute_lists_removed, configured_mkdocs_text, mkdocs_source, mkdocs_text, snippet_problems, tags_index_source
from ..markup.pairs import SetAside, code_kept, fenced, replace_pairs
from ..markup.read_also import LABEL_WORDS, label_words
from ..markup.seams import APART, REMOVED, closed_seams, set_apart
from .python_markdown import codehilite_headers, hash_headings
from .parameters import HUGO_HIDDEN, HUGO_PARAMETERS, HUGO_VALUES, HUMAN_PARAMETERS, INCLUDE_TEXT_PARAMETERS, parameter_text
from .wordpress_plugins import CODE_SHORTCODES, JETPACK_EMBEDS, RAW_HTML, RAW_SCRIPT, TEXT_PARAMETERS, latex_images, raw_html
from .quarto import QuartoProject, chunk_options_removed, pandoc_markdown, quarto_markdown, quarto_problems, quarto_syntax_parts, quarto_text
from .zola import zola_markdown
from .eleventy_default import DEFAULT_FILTERS, MISSING, defaulted, has_default
from .eleventy_shortcodes import BUNDLE, NO_TEXT, PLUGIN_BUNDLES, UNKNOWN, Shows
from .hugo.raw_html import goldmark_raw_html

# --- Liquid (Jekyll) ------------------------------------------------------------------
LIQUID_RAW = (re.compile(r"\{%-?\s*raw\s*-?%\}"), re.compile(r"\{%-?\s*endraw\s*-?%\}"))
_LIQUID_COMMENT = (re.compile(r"\{%-?\s*comment\s*-?%\}"), re.compile(r"\{%-?\s*endcomment\s*-?%\}"))
_LIQUID_HIGHLIGHT = (re.compile(r"\{%-?\s*highlight\b[^%{}]*%\}"), re.compile(r"\{%-?\s*endhighlight\s*-?%\}"))
_LIQUID_TAG = re.compile(r"\{%(?:[^%{}]|%(?!\}))*%\}")
#: An output's name for a problem: the variable before its filters (``post.title``).
_OUTPUT_NAME = re.compile(r"[^|\s]+")
#: Where a captured text was taken out of a body (its number among the captures), or an
#: output of a variable without dots: its name and filters.
_CAPTURE_PLACES = re.compile(r"\x00capture(\d+)\x00|\{\{-?\s*([A-Za-z_][\w-]*)\s*(\|[^{}]*?)?-?\}\}")
#: A filter's name, after the ``|`` that applies it.
_FILTER_NAME = re.compile(r"\|\s*([\w-]+)")
#: ``{% assign x = "teks" %}``: a variable given a string literal, without filters; the
#: name, the value "double" or 'single' quoted.
_LIQUID_LITERAL_ASSIGN = re.compile(r"""\{%-?\s*assign\s+([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*-?%\}""")
#: The text before an output that puts it in an address, not in the text: a Markdown link's
#: or image's destination, an HTML attribute (``](``, ``href="``, ``src='``).
_IN_ADDRESS = re.compile(r"""(?:\]\(|=["']?)[^\s()"'<>]*$""")
#: kramdown's table of contents: the list item marked ``{:toc}`` (``* TOC``, ``1. Daftar isi``)
#: is replaced by the page's headings when the site is built; its own words are a placeholder.
KRAMDOWN_TOC = re.compile(r"^[ \t]*(?:[*+-]|\d+\.)[ \t]+[^\n]*\n[ \t]*\{:\s*toc\s*\}[ \t]*$", re.M)
#: Octopress' ``{% img [class] /path [width [height]] ["title" ["alt"]] %}``: its parameters.
_OCTOPRESS_IMAGE = re.compile(r"\{%-?\s*img\s((?:[^%{}]|%(?!\}))*?)-?%\}")
#: ``{% include figure.html caption="..." %}``: an include's parameters, some of them text.
_LIQUID_INCLUDE = re.compile(r"\{%-?\s*include(?:_relative|_cached)?\s+\S+((?:[^%{}]|%(?!\}))*?)-?%\}")
#: An include with a name written out (not ``{% include {{ page.x }} %}``): whether it is
#: ``include_relative``, and the name.
_NAMED_INCLUDE = re.compile(r"\{%-?\s*include(_relative|_cached)?\s+([^\s%{}]+)")
#: Well-known theme includes (in a theme gem, not in an export) that show nothing but media and
#: their parameters that are text: minimal-mistakes' ``figure`` (an image, its alt text and
#: caption), ``gallery`` (images its page's front matter lists, with their alt text, which
#: the document's fields keep, and a caption), ``video`` (an embedded player) and ``toc``
#: (the page's headings, under its ``title``); Chirpy's ``embed/…`` players (a video, audio).
_THEME_INCLUDES = frozenset(("figure", "gallery", "video", "toc"))
_THEME_INCLUDE_FOLDERS = ("embed/",)

#: A tag's argument (group 2; its keyword, group 1, for Nunjucks' ``alt="…"``): a string, a
#: list, or a name or number, up to a comma or space.
_TAG_ARGUMENT = re.compile(r"""\s*(?:([A-Za-z_]\w*)\s*=(?!=)\s*)?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\]]*\]|[^\s,]+)\s*,?""")
#: A Liquid tag's name (``{%- include x %}`` is ``include``).
_LIQUID_TAG_NAME = re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)")
#: Liquid's own tags, Jekyll's, and those of plugins that show no text of the body (an
#: embed, a page's head, a link): removing them loses nothing a reader reads. Any other is
#: a tag of the site's own plugins, whose output arsip cannot know.
_LIQUID_KNOWN_TAGS = frozenset(
    "assign capture case when else elsif if unless for break continue cycle increment decrement tablerow "
    "comment raw include include_relative include_cached render liquid echo ifchanged highlight link post_url "
    "gist youtube vimeo twitter tweet instagram seo feed_meta avatar github_edit_link asset asset_path "
    "codeblock blockquote pullquote img".split()  # (Octopress' plugins: code, a quote and its source, a pull quote, an image)
)
_NUNJUCKS_COMMENT = (re.compile(r"\{#"), re.compile(r"#\}"))
#: Nunjucks' block set, ``{% set catatan %}…{% endset %}``: the variable it sets.
_NUNJUCKS_BLOCK_SET = (re.compile(r"\{%-?\s*set\s+([A-Za-z_]\w*)\s*-?%\}"), re.compile(r"\{%-?\s*endset\s*-?%\}"))
#: Nunjucks' ``{% set x = … %}``: the variable it sets.
_NUNJUCKS_INLINE_SET = re.compile(r"\{%-?\s*set\s+([A-Za-z_]\w*)\s*=")
#: What Eleventy puts in every template's data besides the page's own: its collections, the
#: ``eleventy`` and ``pkg`` objects, a paginated template's ``pagination``, a layout's
#: ``content``, and ``page`` (its ``date`` a JavaScript date; :func:`_data_value` shows only
#: its text keys).
_ELEVENTY_DATA = frozenset("collections eleventy pkg pagination content page".split())
#: The tags of an Eleventy page that show no text arsip loses: Nunjucks' own, those of
#: liquidjs (Eleventy's Liquid), and the shortcodes of Eleventy's plugins arsip renders:
#: ``highlight`` (code), ``renderTemplate`` (its content), and the bundle plugin's
#: ``getBundle`` and ``getBundleFileUrl`` (a bundle's code or its file's address, which a
#: layout puts in a ``<style>``, a ``<script>`` or a link).
_ELEVENTY_KNOWN_TAGS = frozenset(
    "if elif elseif else for asyncEach asyncAll macro call set filter extends block include import from raw verbatim "
    "assign capture case when elsif unless break continue cycle increment decrement tablerow comment render liquid echo layout "
    "highlight renderTemplate getBundle getBundleFileUrl".split()
)
#: The paired shortcodes of the bundles sites add with Eleventy's bundle plugin
#: (eleventy-plugin-bundle): ``css``, ``js`` and ``html``. Their content goes into a bundle
#: the layout outputs elsewhere (``getBundle``), nothing of it at its place.
_ELEVENTY_BUNDLES = PLUGIN_BUNDLES
#: Shortcodes as Eleventy sites name them, read so unless the site's configuration defines
#: one otherwise: eleventy-img's ``image`` as its documentation writes it (its source, then
#: its alt text, which it shows; a keyword argument ``alt="…"`` in Nunjucks), embeds that show a video, another site's post or a gist,
#: and nothing of the page's words, and the usual bundles (:data:`_ELEVENTY_BUNDLES`: read so
#: with a problem where no configuration arsip read adds them, :func:`_eleventy_tag_problems`).
_ELEVENTY_SHORTCODES: dict[str, Shows] = {
    "image": Shows(alt=1, keyword="alt"),
    **dict.fromkeys("youtube vimeo gist tweet twitter instagram codepen".split(), NO_TEXT),
    **dict.fromkeys(_ELEVENTY_BUNDLES, BUNDLE),
}

# --- Hugo shortcodes ------------------------------------------------------------------
#: Shortcodes whose inner content is code or a diagram's or chart's source: kept verbatim
#: (``code-toggle``, of Hugo's documentation and the themes that copy it, shows its content,
#: a configuration, as TOML, YAML and JSON).
_HUGO_CODE_NAMES = r"(?:highlight|mermaid|echarts|chart|code-toggle)"
_HUGO_CODE = (
    re.compile(r"\{\{[<%%]\s*%s\b[^{}]*?[>%%]\}\}" % _HUGO_CODE_NAMES),
    re.compile(r"\{\{[<%%]\s*/\s*%s\s*[>%%]\}\}" % _HUGO_CODE_NAMES),
)
#: A tab whose content is code to highlight in a language (``{{< tab name="CentOS"
#: codelang="bash" >}}``, the Kubernetes site's tabs): its name is text, its content code.
_HUGO_CODE_TAB = (
    re.compile(r"\{\{[<%]\s*tab\b(" + HUGO_VALUES + r"\bcodelang\s*=" + HUGO_VALUES + r")[>%]\}\}"),
    re.compile(r"\{\{[<%]\s*/\s*tab\s*[>%]\}\}"),
)
#: Docsy's tabbed panes (``{{< tabpane >}}`` holding ``{{< tab header="…" >}}`` … ``{{< /tab >}}``):
#: a tab's content is code Docsy highlights, unless the tab or its pane sets ``text=true``
#: (Docsy's shortcodes reference, "Tabbed panes"); a tab written ``/>}}`` has no content.
_DOCSY_TABPANE = (re.compile(r"\{\{[<%]\s*tabpane\b(" + HUGO_VALUES + r")[>%]\}\}"), re.compile(r"\{\{[<%]\s*/\s*tabpane\s*[>%]\}\}"))
_DOCSY_TAB = (re.compile(r"\{\{([<%])\s*tab\b(" + HUGO_VALUES + r")(?<!/)[>%]\}\}"), re.compile(r"\{\{[<%]\s*/\s*tab\s*[>%]\}\}"))
_TEXT_TRUE = re.compile(r"""(?:^|\s)text\s*=\s*["']?true\b""", re.I)
#: A paired ``{{< qr >}}`` (see :data:`~.parameters.ENCODING_SHORTCODE`): its content is encoded, not shown.
_HUGO_QR = (re.compile(r"\{\{[<%]\s*qr\b" + HUGO_PARAMETERS + r"[>%]\}\}"), re.compile(r"\{\{[<%]\s*/\s*qr\s*[>%]\}\}"))
_HUGO_ESCAPED = re.compile(r"\{\{([<%])/\*\s*" + HUGO_PARAMETERS + r"\s*\*/([>%])\}\}")
_HUGO_SHORTCODE = re.compile(r"\{\{[<%]-?\s*(/?)\s*([\w./-]+)" + HUGO_PARAMETERS + r"\s*-?[>%]\}\}")
#: Nikola's chart, its type (not shown), its other parameters (its ``title``) and its closing tag.
_NIKOLA_CHART = (re.compile(r"\{\{[<%]\s*chart\b(?:\s+[A-Za-z]+\b(?!=))?([^{}]*?)[>%]\}\}"), re.compile(r"\{\{[<%]\s*/\s*chart\s*[>%]\}\}"))
#: Nikola's ``raw`` shortcode, whose content is shown as written, and what marks its place
#: while the text around it is read.
_NIKOLA_RAW = (re.compile(r"\{\{[<%]\s*raw\s*[>%]\}\}"), re.compile(r"\{\{[<%]\s*/\s*raw\s*[>%]\}\}"))
_RAW_MARK = "\x00raw\x00"
#: Nikola's shortcodes that show what the page does not hold: a list of the site's posts, a
#: gist's code from GitHub, media embedded from its address (a video, a sound), a file of
#: ``listings/``, a chart drawn from its data, an emoji's image.
_NIKOLA_ELSEWHERE = re.compile(r"\{\{[<%]\s*(post-list|gist|media|youtube|vimeo|soundcloud|listing|chart|emoji)\b")
#: Nikola's link to another post, ``{{% doc %}}slug{{% /doc %}}`` (it shows that post's
#: title) or ``{{% doc %}}Teks <slug>{{% /doc %}}`` (it shows Teks).
_NIKOLA_DOC = (re.compile(r"\{\{[<%]\s*doc\s*[>%]\}\}"), re.compile(r"\{\{[<%]\s*/\s*doc\s*[>%]\}\}"))
_TITLED_TARGET = re.compile(r"^(.+?)\s*<[^<>]*>$", re.S)
#: Shortcodes of a site that show another file's content (Docsy's and Hugo's documentation's
#: ``readfile``, the ``include`` of the Kubernetes site and others): their names, or a
#: ``file`` parameter (``{{< codenew file="pods/pod.yaml" >}}``). A page on disk has its
#: ``readfile`` and ``include`` read before (:mod:`.hugo.include`): those left are not read.
_HUGO_FILE_SHORTCODES = frozenset(("readfile", "include"))
_HUGO_FILE_PARAMETER = re.compile(r"(?:^|\s)file\s*=")
#: Goldmark's block attribute list: a line of only ``{.lead}``, ``{#tabel .table}`` or
#: ``{class="kutipan"}``, which sets the attributes of the block right above it.
_GOLDMARK_BLOCK_ATTRIBUTES = re.compile(r"^[ \t]*\{[ \t]*" + ATTRIBUTE + r"(?:[ \t]+" + ATTRIBUTE + r")*[ \t]*\}[ \t]*$", re.M)

# --- WordPress shortcodes -------------------------------------------------------------
#: After a shortcode's name comes a space, ``=``, ``]`` or ``/]`` (``[code-block]`` is another name).
_NAME_END = r"(?=[\s=\]/])"
_WP_CAPTION = (re.compile(r"\[caption\b([^\[\]]*)\]"), re.compile(r"\[/caption\]"))
#: A shortcode's name: letters, digits, ``_``, ``-``, and dots inside (Jetpack's ``[blip.tv]``).
_WP_NAME = r"[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)*"
_WP_CLOSING = re.compile(r"\[/(%s)\]" % _WP_NAME)
#: A shortcode's tag; after ``=`` or a space, its parameters run to the ``]`` as WordPress
#: reads them, spaces included (``[youtube=https://youtu.be/x&w=480 ]``).
_WP_SHORTCODE = re.compile(r"\[(/?)(%s)([=\s][^\[\]]*)?\]" % _WP_NAME)
#: A shortcode written in double brackets, which WordPress shows as it is written, less the
#: outer brackets (``[[gallery]]`` shows ``[gallery]``), with its content and closing tag.
_WP_ESCAPED = re.compile(r"\[(\[(%s)([=\s][^\[\]]*)?\](?:(?:[^\[]|\[(?!/\2\]))*\[/\2\])?)\]" % _WP_NAME)
#: Embedded media, galleries and forms: nothing of them is text.
WP_EMBEDS = frozenset(
    "youtube vimeo embed video audio gallery playlist soundcloud googlemaps slideshare tweet instagram "
    "dailymotion spotify scribd wpvideo contact-form-7 contact-form wpforms gravityform ninja_form mc4wp_form".split()
) | JETPACK_EMBEDS
#: Page builders' layout shortcodes (WPBakery ``vc_``, Divi ``et_pb_``, Avada ``fusion_`` …,
#: and plain ``[row]``/``[column]``/``[one_half]``): each tag ends a block of text.
_WP_LAYOUT = re.compile(
    r"(?:vc|et_pb|fusion|av|cs|themify|tatsu|kc|ux|mk|bt_bb)_|(?:row|column|col|section|one_half|one_third|two_third"
    r"|one_fourth|three_fourth|tabs?|accordion|toggle)(?:_|$)"
)


def _wp_pair(name: str) -> tuple[re.Pattern, re.Pattern]:
    """The opening and closing tag of the WordPress shortcode ``name``."""
    return re.compile(r"\[%s%s[^\[\]]*\]" % (re.escape(name), _NAME_END)), re.compile(r"\[/%s\]" % re.escape(name))


#: A URL alone on its line (in a paragraph of its own or not): WordPress shows it as an
#: embed (a video, a post), and a block editor embed keeps it so in its wrapper.
_PRE = (re.compile(r"<pre\b[^<>]*>"), re.compile(r"</pre\s*>"))
#: The button the block editor's file block puts after the file's link ("Download", "Unduh"):
#: a control of the block, not the post's words (without it, the two labels run together).
_WP_FILE_BUTTON = re.compile(r"<a\b[^<>]*\bwp-block-file__button\b[^<>]*>.*?</a\s*>", re.S | re.I)
#: A figure holding no other figure (a block gallery's images are figures in a figure), its caption, an image's alt text.
_INNERMOST_FIGURE = re.compile(r"<figure\b[^<>]*>(?:(?!<figure\b|</figure\s*>).)*</figure\s*>", re.S | re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^<>]*>(.*?)</figcaption\s*>", re.S | re.I)
_IMAGE_ALT = re.compile(r"""(<img\b[^<>]*?\balt\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.I)
_TAG_OR_WORD = re.compile(r"<[^<>]*>|(\w+)")
_WP_AUTO_EMBED = re.compile(r"^[ \t]*(?:<p>[ \t]*)?https?://[^\s<>\"']+[ \t]*(?:</p>)?[ \t]*$", re.M)

# --- Microsoft-Docs-style Markdown ----------------------------------------------------
_DOCS_IMAGE = re.compile(r':::image\b[^\n:]*?alt-text="([^"\n]*)"[^\n:]*:::')
_DOCS_DIRECTIVE = re.compile(r"^ {0,3}:::[^\n]*$", re.M)
#: Docs extensions that stand for something outside the text: an included file (indexed
#: on its own), a video, a code snippet from another file, a ``div`` wrapper's class.
_DOCS_EXTENSION = re.compile(r"\[!(?:INCLUDE|VIDEO|div|code(?:-[\w+#-]+)?)\b(?:[^\[\]\n]|\[[^\[\]\n]*\](?:\([^()\n]*\))?)*\]", re.I)
#: A localized Docs page of 2018–2021 keeps, after each translated sentence (``<span
#: data-ttu-id="…">``), its English source in a span the site hides (``.sxs-lookup``,
#: shown only when the reader switches the page to English): not the page's text.
_DOCS_SOURCE_SENTENCE = re.compile(r'<span class="sxs-lookup"><span data-stu-id="[^"<>]*">(?:[^<]|<(?!/span>))*</span></span>')

# --- "Baca juga" inserts (Blogger, WordPress, HTML pages) ----------------------------------
_INLINE_OPEN = r"(?:<(?:b|strong|em|i|u|span|font)\b[^<>]*>(?:\s|&nbsp;)*)*"
_INLINE_CLOSE_TAG = r"</(?:b|strong|em|i|u|span|font)\s*>"
_INLINE_CLOSE = r"(?:(?:\s|&nbsp;)*" + _INLINE_CLOSE_TAG + ")*"
_LINK = _INLINE_OPEN + r"<a\b[^<>]*>(?:[^<]|<(?!/a\s*>))*</a\s*>" + _INLINE_CLOSE
_BLOCK_TAG = r"</?(?:p|div|li|h[1-6]|blockquote)\b[^<>]*>"
_BLOCK_TAGS = re.compile(_BLOCK_TAG, re.I)
#: What ends a line in HTML: a ``<br>`` or the tag of a block.
_HTML_BREAK = r"<br\b[^<>]*>|" + _BLOCK_TAG
#: The label of an insert: "Baca juga:" (read also), "Lihat juga", "Artikel terkait",
#: "Berita terkait" (related), bold or not. (The spaces, colons and closing tags after its
#: words are one loop: runs of spaces taken by loops side by side could be split between
#: them in every way before a match fails, in time growing with a power of their length.)
_LABEL = (
    _INLINE_OPEN + label_words(r"\s|&nbsp;")
    + r"(?:\s|&nbsp;|:|" + _INLINE_CLOSE_TAG + ")*"
)
#: What may end the label's line or block before its links, then spaces.
_GAP = r"(?:(?:<br\b[^<>]*>|" + _BLOCK_TAG + r")(?:\s|&nbsp;)*)*"
#: Links after the label: on its line (separated by commas, bars or line breaks, on lines
#: of their own below it), or a list whose every item is a link.
_LINKS = (
    r"(?:" + _LINK + r"(?:(?:\s|&nbsp;|,|\||<br\b[^<>]*>)*" + _LINK + r")*"
    + r"|<(?:ul|ol)\b[^<>]*>\s*(?:<li\b[^<>]*>(?:\s|&nbsp;)*" + _LINK + r"(?:\s|&nbsp;)*</li\s*>\s*)+</(?:ul|ol)\s*>)"
)


def _insert_pattern(newline_ends_line: bool) -> re.Pattern:
    """A line that is only an insert's label and links to other posts, from its line start
    (group 1) to its line end; the gap between the label and the links (group 2) may end
    the label's line or block (``<p><b>Baca juga</b></p><ul>…</ul>``). ``newline_ends_line``:
    a new line of the source is a line of text (a WordPress or Blogger post, whose
    paragraphs are lines of text until it is shown); in an HTML page it is a space, and a
    line starts after a tag only (so the pattern is tried only where a ``<`` is)."""
    breaks = r"\n|" + _HTML_BREAK if newline_ends_line else _HTML_BREAK
    start = r"\A|" + breaks if newline_ends_line else breaks
    spaces = r"(?:[ \t]|&nbsp;)*" if newline_ends_line else r"(?:\s|&nbsp;)*"
    return re.compile(
        rf"({start}){spaces}{_LABEL}({_GAP}){_LINKS}(?={spaces}(?:\Z|{breaks}))",
        re.I,
    )


_READ_ALSO_POST = _insert_pattern(newline_ends_line=True)
_READ_ALSO_PAGE = _insert_pattern(newline_ends_line=False)

# --- Pelican ----------------------------------------------------------------------------
_PELICAN_TOC = re.compile(r"^\[TOC\]\s*$", re.M)


@dataclass(frozen=True)
class Syntax:
    """What one generator's syntax does to a body. ``name`` is the record's ``generator``."""

    name: str
    #: Source text → source text, before Markdown parsing: (body, front matter) → body.
    markdown_source: Callable[[str, Mapping[str, Any]], str] | None = None
    #: Raw HTML (a fragment, a WordPress post, a page) → HTML, before it is converted.
    html_source: Callable[[str], str] | None = None
    #: Attributes of HTML (or JSX) elements kept as text besides ``alt``.
    text_attributes: frozenset[str] = frozenset()
    #: markdown-it plugins this generator's Markdown needs.
    markdown_plugins: tuple[Callable, ...] = ()
    #: A raw HTML block → the Markdown it holds, its tags that hold Markdown set apart (MDX's
    #: JSX components, kramdown's ``markdown="1"`` elements); None: it holds none.
    html_markdown: Callable[[str], str | None] | None = None
    #: Text (never code) → text, markup in it removed; None: kramdown's attribute lists only.
    text_markup: Callable[[str], str] | None = None
    #: What of a body is not read into its text, as problems (MkDocs' snippets): (body,
    #: front matter) → problems (a Jekyll page's ``{{ page.x }}`` shows its front matter).
    body_problems: Callable[[str, Mapping[str, Any]], list[Problem]] | None = None
    #: The words of a text are compared with those of its body as this syntax leaves it,
    #: not of the raw body: the syntax drops words on purpose (MkDocs' abbreviation
    #: definitions, snippet lines, attribute lists and icons; Pelican's attribute lists and
    #: CodeHilite language lines; WordPress's embeds and forms, ``[embed]https://…[/embed]``,
    #: ``[gallery]``).
    compare_prepared: bool = False
    #: Raw body → the body whose words the text must keep, this syntax's markup that holds
    #: letters but no words removed (MDX's expressions); None: the raw body.
    compared_source: Callable[[str], str] | None = None
    #: A heading's source text (the page's title) → the text the generator shows of it
    #: (Docsify's options go); None: as written.
    heading_markup: Callable[[str], str] | None = None
    #: A Markdown body → the body with the raw HTML its generator's Markdown renderer omits
    #: left out (Hugo's Goldmark without ``unsafe``: :mod:`.hugo.raw_html`), and problems
    #: naming what was; None: raw HTML is shown. Markdown only: an HTML content file keeps its HTML.
    markdown_raw_html: Callable[[str], tuple[str, list[Problem]]] | None = None

    def heading_source(self, heading: str) -> str:
        """The source text of a heading as this generator shows it."""
        return self.heading_markup(heading) if self.heading_markup else heading

    def prepare_markdown(self, body: str, page: Mapping[str, Any]) -> str:
        """The body as the Markdown parser should see it."""
        return self.markdown_source(body, page) if self.markdown_source else body

    def prepare_html(self, markup: str) -> str:
        """Raw HTML as BeautifulSoup should see it."""
        return self.html_source(markup) if self.html_source else markup

    def compared_body(self, body: str, page: Mapping[str, Any]) -> str:
        """The body whose words a text converted from ``body`` must keep (see
        :attr:`compare_prepared`), without the raw HTML the generator omits (:attr:`markdown_raw_html`)."""
        if self.markdown_raw_html is not None:
            body = self.markdown_raw_html(body)[0]
        if self.compare_prepared:
            return closed_seams(self.text(self.prepare_markdown(body, page)))
        return self.compared_source(body) if self.compared_source else body

    def text(self, content: str) -> str:
        """A text token's content without the markup this generator writes in text."""
        if self.text_markup is not None:
            return self.text_markup(content)
        return KRAMDOWN_ATTRIBUTES.sub("", content) if "{:" in content else content

    def html_text(self, markup: str, *, keep_marks: bool = False) -> str:
        """Plain text of one raw HTML fragment (``keep_marks``: see :func:`~..markup.html.node_text`)."""
        return html_to_text(self.prepare_html(markup), text_attributes=self.text_attributes, keep_marks=keep_marks)


def jekyll_compared(body: str) -> str:
    """The body whose words a Jekyll page's text must keep: the addresses of its links that
    hold spaces removed, as the words of any link's address are
    (:func:`~.jekyll.kramdown.spaced_addresses`), and its captured texts where they are
    output (:func:`captured_output`), not where they are captured."""
    if "endcapture" in body:
        body = captured_output(body, LIQUID_CAPTURE)
    return spaced_addresses(body, kept=False)


def jekyll_markdown(body: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None = None) -> str:
    """Jekyll: its Liquid (:func:`render_liquid`, ``site`` the settings of its
    ``_config.yml``), kramdown's table-of-contents placeholder (``* TOC`` over ``{:toc}``)
    removed, its table separator lines parted by ``+`` read as tables
    (:func:`~.jekyll.kramdown.kramdown_tables`), its reference links written apart from
    their reference as links (:func:`~.jekyll.kramdown.spaced_references`) and its inline
    links whose address holds spaces as links (:func:`~.jekyll.kramdown.spaced_addresses`)."""
    if "toc" in body:
        body = KRAMDOWN_TOC.sub("", body)
    return spaced_addresses(spaced_references(kramdown_tables(render_liquid(body, page, site=site))))


def render_liquid(
    body: str, page: Mapping[str, Any], value_of: Callable[[str, Mapping[str, Any]], Any] | None = None, site: Mapping[str, str | None] | None = None
) -> str:
    """Jekyll: ``{{ page.x }}`` from the front matter, ``{{ site.x }}`` from the site's
    settings ``site`` (see :attr:`~.jekyll.config.JekyllSite.variables`; a setting the
    configuration does not give shows nothing, as in Jekyll), a string literal as itself,
    each through the filters arsip applies (:func:`~.jekyll.outputs.output_text`),
    highlight blocks (and Octopress' ``codeblock``) as code, Octopress' ``blockquote`` as
    its quote and source and ``img`` as its title and alt text, raw blocks as written, an
    include not read into the body before (:mod:`.jekyll.include`) as its parameters that
    are text (:func:`include_parameters_shown`); other Liquid tags and outputs removed.
    Liquid renders before Markdown, so an output inside a highlight or codeblock block (not
    in a raw block) shows its value too, and one arsip cannot render is removed there as
    elsewhere; in a Jekyll page, the block's tags are read there too (see
    :class:`~.jekyll.page_liquid.PageLiquid`). A variable nothing in the page sets
    (``{{ judul }}``: the front matter's is ``page.judul``) shows nothing, as in Jekyll;
    one it sets with ``{% assign %}`` or ``{% capture %}`` shows the value it has there
    (:class:`~.jekyll.page_liquid.PageLiquid`).
    ``value_of`` (expression, ``page``) gives an output's value another way (Eleventy's data:
    see :func:`eleventy_markdown`, where a captured text and a string literal assigned once
    are shown); None for a value that is not shown."""
    if "{" not in body:
        return body
    aside = SetAside()
    code: dict[int, str] = {}

    def shown(match: re.Match) -> str:
        """The text an output of an Eleventy page shows (``value_of``)."""
        value = value_of(match.group(1), page)
        return "" if value is None else str(value)

    def code_kept(inner: str) -> str:
        """A code block's content set aside, its outputs rendered (no seam marks: code is
        verbatim): a Jekyll page's, its tags too, where the block stands in page order
        (``code``, for :class:`~.jekyll.page_liquid.PageLiquid`), an Eleventy page's here."""
        if "{{" not in inner and (value_of is not None or "{%" not in inner):
            return aside.keep(inner)
        if value_of is not None:
            return aside.keep(LIQUID_OUTPUT.sub(shown, inner))
        code[len(aside.texts)] = inner
        return aside.keep(inner)

    if "raw" in body:
        body = replace_pairs(body, *LIQUID_RAW, lambda match, inner: aside.keep(inner))
    if "comment" in body:
        body = replace_pairs(body, *_LIQUID_COMMENT, lambda match, inner: "")
    if "highlight" in body:
        body = replace_pairs(body, *_LIQUID_HIGHLIGHT, lambda match, inner: fenced(code_kept(inner)))
    if "codeblock" in body:  # Octopress' (a Jekyll site with its plugins), as Hexo's
        body = replace_pairs(body, *paired_tag("codeblock"), lambda match, inner: code_block(match.group(1), inner, code_kept))
    if "blockquote" in body:
        body = replace_pairs(body, *paired_tag("blockquote"), lambda match, inner: f"\n\n{inner}\n\n{citation(match.group(1))}\n\n")
    if "img" in body:
        body = _OCTOPRESS_IMAGE.sub(lambda match: image_tag_text(match.group(1)) or REMOVED, body)
    if "include" in body:
        body = _LIQUID_INCLUDE.sub(lambda match: include_parameters_shown(match.group(1)), body)
    body = PageLiquid(page, site, code=code).rendered(body) if value_of is None else _eleventy_liquid_rendered(body, shown)
    for index, text in code.items():
        aside.texts[index] = text
    return aside.restore(closed_seams(body), rounds=2)  # (a raw block inside a highlight block is put back in turn)


def _eleventy_liquid_rendered(body: str, shown: Callable[[re.Match], str]) -> str:
    """An Eleventy page's ``body`` with its Liquid tags removed and its outputs shown
    (``shown``), a captured text where it is output (:func:`captured_output`) and a string
    literal assigned once after its assignment."""
    if "endcapture" in body:
        body = captured_output(body, LIQUID_CAPTURE)
    literals = _assigned_literals(body)

    def output(match: re.Match) -> str:
        assigned = literals.get(match.group(1))
        if assigned is not None and assigned[0] < match.start():
            return assigned[1]
        return shown(match)

    return _LIQUID_TAG.sub(REMOVED, LIQUID_OUTPUT.sub(output, body))


def include_parameters_shown(parameters: str) -> str:
    """What arsip shows of an include it does not read (a theme's, a file not in the
    export): its ``parameters`` that are text (:data:`~.parameters.INCLUDE_TEXT_PARAMETERS`
    and quoted prose, see :mod:`.parameters`; a bare value, ``caption=judul``, is a Liquid
    variable, shown as an output the page's Liquid renders), else a removal."""
    shown = parameter_text(parameters, text_names=INCLUDE_TEXT_PARAMETERS, prose=True, variable=lambda name: "{{ " + name + " }}")
    return " ".join(shown) or REMOVED


def _assigned_literals(body: str) -> dict[str, tuple[int, str]]:
    """The variables ``body`` sets once, with ``{% assign %}`` of a string literal: where
    the assignment ends (an output after it shows the literal) and the literal."""
    if "assign" not in body:
        return {}
    sets: dict[str, int] = {}
    for match in LIQUID_SETS.finditer(body):
        sets[match.group(2)] = sets.get(match.group(2), 0) + 1
    return {
        match.group(1): (match.end(), match.group(2) if match.group(2) is not None else match.group(3))
        for match in _LIQUID_LITERAL_ASSIGN.finditer(body)
        if sets[match.group(1)] == 1
    }


def liquid_problems(body: str, page: Mapping[str, Any] | None = None, site: Mapping[str, str | None] | None = None) -> list[Problem]:
    """What the Liquid of a Jekyll body shows that arsip cannot know, as problems: tags of
    the site's own plugins (not Liquid's, Jekyll's or a well-known plugin's that shows no
    text, see :data:`_LIQUID_KNOWN_TAGS`), and outputs in the text (not in a link's or an
    HTML attribute's address) whose value arsip does not have (:func:`render_liquid`:
    ``{{ post.title }}`` in a loop, ``{{ site.posts }}``, a ``{{ page.url }}`` Jekyll makes
    itself, a ``{{ site.x }}`` without the site's ``_config.yml``, given as ``site``; the
    front matter is ``page``; a variable the page sets has the value it has there, a text
    it captures one arsip knows). Both are removed. So are includes not read into the body
    (:func:`_unread_include_problems`). An output shown without some of its filters is
    named too (:func:`_output_problems`). Nothing inside code
    (fenced, inline, highlight and Octopress' codeblock), raw and comment blocks is read."""
    if "{%" not in body and "{{" not in body:
        return []
    body = _outside_code(body)
    if "include" in body:
        body = _LIQUID_INCLUDE.sub(lambda match: match.group(0) + include_parameters_shown(match.group(1)), body)  # (its variables are outputs too)
    removed, filtered = _output_problems(body, page or {}, site)
    return _plugin_tag_problems(body) + removed + _unread_include_problems(body) + filtered


def _outside_code(body: str) -> str:
    """``body`` without what a template shows as written or not at all: code (fenced, inline,
    highlight and Octopress' codeblock), raw and comment blocks."""
    for pair in (LIQUID_RAW, _LIQUID_COMMENT, _LIQUID_HIGHLIGHT, paired_tag("codeblock")):
        body = replace_pairs(body, *pair, lambda match, inner: "")
    return code_kept(body, lambda code: "")


def _output_problems(body: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None) -> tuple[list[Problem], list[Problem]]:
    """The outputs in the text of ``body`` (not in an address), read in page order as
    :func:`render_liquid` reads them: those removed, whose value arsip does not know, and
    those shown without some of their filters, which arsip does not apply
    (:func:`~.jekyll.outputs.unapplied_filters`: ``{{ page.ringkasan | truncate: 50 }}``);
    a problem naming each kind, if any."""
    unknown: dict[str, int] = {}
    unapplied: dict[str, int] = {}

    def seen(match: re.Match, expression: str, shown: str | None) -> None:
        name = _OUTPUT_NAME.match(expression)
        key = name.group(0) if name else expression
        if _IN_ADDRESS.search(match.string, max(0, match.start() - 200), match.start()):
            return
        if shown is None:
            unknown[key] = unknown.get(key, 0) + 1
        elif "|" in expression and name is not None:
            changing = unapplied_filters(expression)
            if changing:
                output = "{{ " + " | ".join([key, *changing]) + " }}"
                unapplied[output] = unapplied.get(output, 0) + 1

    if "{{" in body:
        PageLiquid(page, site, seen).rendered(body)
    removed = [Problem("text", f"{sum(unknown.values())} Liquid output(s) removed, what they show not known: {_counted_outputs(unknown)}")] if unknown else []
    filtered = [Problem("text", f"{sum(unapplied.values())} Liquid output(s) shown without their filters applied: {_counted(unapplied)}")] if unapplied else []
    return removed, filtered


def _unread_include_problems(body: str) -> list[Problem]:
    """The includes of a body that were not read into it (:mod:`.jekyll.include` reads those
    of the site's includes folder, and the files ``include_relative`` names, on disk), but
    well-known theme includes that show only their parameters that are text and media
    (:data:`_THEME_INCLUDES`): one problem for each kind."""
    if "include" not in body:
        return []
    unread: dict[str, int] = {}
    relative: dict[str, int] = {}
    for kind, name in _NAMED_INCLUDE.findall(body):
        if kind == "_relative":
            relative[name] = relative.get(name, 0) + 1
        elif name not in _THEME_INCLUDES and not name.startswith(_THEME_INCLUDE_FOLDERS):
            unread[name] = unread.get(name, 0) + 1
    problems = []
    if unread:
        problems.append(Problem("text", f"{sum(unread.values())} include(s) not read into the page (not in the site's includes folder on disk: a theme's, "
                                        f"a file the export lacks, or a site read from an archive), only their parameters that are text shown: {_counted(unread)}"))
    if relative:
        problems.append(Problem("text", f"{sum(relative.values())} file(s) included with include_relative not read into the page (a site read from an archive): {_counted(relative)}"))
    return problems


def _counted(names: dict[str, int]) -> str:
    """``names`` and their counts, as a problem lists them: ``catatan.html (2), peta.html (1)``."""
    return ", ".join(f"{name} ({count})" for name, count in names.items())


def _plugin_tag_problems(body: str) -> list[Problem]:
    unknown = _unknown_tags(body, _LIQUID_KNOWN_TAGS.__contains__)
    if not unknown:
        return []
    listed = _counted(unknown)
    return [Problem("text", f"{sum(unknown.values())} Liquid tag(s) of the site's own plugins removed, what they show not known: {listed}")]


def _unknown_tags(body: str, known: Callable[[str], bool]) -> dict[str, int]:
    """The tags of ``body`` (``{% name … %}``) that are not ``known``, each with its count; a
    paired tag's end (``endname``) counts with its opening, not again."""
    if "{%" not in body:
        return {}
    names = [match.group(1) for match in _LIQUID_TAG_NAME.finditer(body)]
    used = set(names)
    unknown: dict[str, int] = {}
    for name in names:
        opened = name[3:] if name.startswith("end") else None  # a paired tag's end: its opening counts
        if not known(name) and not (opened and (known(opened) or opened in used)):
            unknown[name] = unknown.get(name, 0) + 1
    return unknown


def _eleventy_tag_problems(body: str, shortcodes: tuple[tuple[str, Shows], ...]) -> list[Problem]:
    """The tags of an Eleventy page's ``body`` (outside code) that arsip removes without
    knowing what they show, as problems: those the site's configuration defines, ``shortcodes``
    (each name with what it shows, :mod:`.eleventy_shortcodes`), but for those whose code arsip
    reads; and those nothing arsip reads defines (a plugin's, or the site's code arsip does
    not read), but for Nunjucks' and Liquid's own, those arsip renders, eleventy-img's image
    and the embeds that show no text (:data:`_ELEVENTY_KNOWN_TAGS`, :data:`_ELEVENTY_SHORTCODES`).
    A paired one keeps its content (:func:`render_liquid`). The bundle plugin's ``css``, ``js``
    and ``html``, which no Eleventy has unless its configuration adds them (see
    :data:`~.eleventy_shortcodes.PLUGIN_BUNDLES`), are read as bundles with a problem where
    no configuration arsip read adds them."""
    tags = _site_tags(shortcodes)

    def known(name: str) -> bool:
        return name in _ELEVENTY_KNOWN_TAGS or tags.get(name, UNKNOWN).known

    unknown = _unknown_tags(body, known)
    defined = dict(shortcodes)
    configured = {name: count for name, count in unknown.items() if name in defined}
    undefined = {name: count for name, count in unknown.items() if name not in defined}
    guessed = _unknown_tags(body, lambda name: name not in _ELEVENTY_BUNDLES or name in defined) if "{%" in body else {}
    problems = []
    if guessed:
        problems.append(Problem("text", f"{sum(guessed.values())} bundle shortcode(s) read as the bundle plugin's, their content not shown, though no "
                                        f"configuration arsip read adds the plugin or the bundle (Eleventy has them only then): {_counted(guessed)}"))
    if configured:
        problems.append(Problem("text", f"{sum(configured.values())} shortcode(s) of the site's configuration removed (a paired one's content kept), "
                                        f"what their code shows not known: {_counted(configured)}"))
    if undefined:
        problems.append(Problem("text", f"{sum(undefined.values())} tag(s) removed that no configuration arsip read defines (a plugin's shortcode, "
                                        f"or the site's code not read), what they show not known: {_counted(undefined)}"))
    return problems


def eleventy_markdown(body: str, variables: Mapping[str, Any], shortcodes: tuple[tuple[str, Shows], ...] = ()) -> str:
    """Eleventy's Markdown rendered with Liquid first (its ``markdownTemplateEngine``
    default): as Jekyll's (:func:`render_liquid`), but an output shows the data Eleventy
    gives the page (``variables``, see :meth:`~.eleventy.EleventySite.variables`: the front
    matter at the top, ``page.url``, global data as ``metadata.title``); a filter after it is
    not applied. A shortcode that makes an image (eleventy-img's ``{% image "kebun.jpg",
    "Kebun sayur warga" %}``, or one of the site's ``shortcodes`` whose code does, see
    :mod:`.eleventy_shortcodes`) shows its alt text, as a Markdown image does; a bundle's
    paired shortcode (``{% css %}…{% endcss %}``, and those of the bundles the site adds,
    :func:`eleventy_bundles_removed`), and one of the site's own whose code shows nothing of
    its content (:func:`_contentless_tags`), shows nothing."""
    tags = _site_tags(shortcodes)
    body = eleventy_bundles_removed(body, "", _contentless_tags(shortcodes))
    if "{%" in body:
        body = _image_tags_shown(body, variables, tags)
    return render_liquid(body, variables, partial(_data_value, local=_template_variables(body)) if "default" in body or "d(" in body else _data_value)


def _template_variables(body: str) -> frozenset[str]:
    """The variables the tags of an Eleventy template's ``body`` set: Liquid's ``assign``,
    ``capture`` and loops, Nunjucks' ``set`` (a block set too)."""
    return set_variables(body) | frozenset(_NUNJUCKS_INLINE_SET.findall(body)) | frozenset(_NUNJUCKS_BLOCK_SET[0].findall(body))


@lru_cache(maxsize=8)
def _site_tags(shortcodes: tuple[tuple[str, Shows], ...]) -> Mapping[str, Shows]:
    """The shortcodes of an Eleventy site by name: those its configuration defines
    (``shortcodes``), and, unless it defines one of the name, Eleventy's usual ones
    (:data:`_ELEVENTY_SHORTCODES`)."""
    return {**_ELEVENTY_SHORTCODES, **dict(shortcodes)}


@lru_cache(maxsize=8)
def _contentless_tags(shortcodes: tuple[tuple[str, Shows], ...]) -> tuple[str, ...]:
    """The names of an Eleventy site's paired shortcodes that show nothing of their content
    (see :func:`_site_tags`): its bundles', and its own whose function puts the content
    nowhere it shows (``(kode) => `<style>${kode}</style>```)."""
    return tuple(sorted(name for name, shows in _site_tags(shortcodes).items() if not shows.content))


def _image_tags_shown(body: str, variables: Mapping[str, Any], shortcodes: Mapping[str, Shows]) -> str:
    """``body`` with each tag of an image shortcode (of ``shortcodes``, one showing an alt
    text) as that alt text: its argument at the place the shortcode takes it, or its keyword
    argument of the name it takes (Nunjucks' ``{% image src="kebun.jpg", alt="Kebun warga" %}``),
    a string as written, a variable as the page's value of it (nothing when it has none)."""
    places = {name: shows for name, shows in shortcodes.items() if (shows.alt is not None or shows.keyword) and name in body}
    if not places:
        return body

    def alt_text(match: re.Match) -> str:
        shows = places[match.group(1)]
        given = _TAG_ARGUMENT.findall(match.group(2))
        positional = [argument for keyword, argument in given if not keyword]
        keywords = {keyword: argument for keyword, argument in given if keyword}
        argument = keywords.get(shows.keyword) or (positional[shows.alt] if shows.alt is not None and shows.alt < len(positional) else "")
        if argument[:1] in ("'", '"'):
            return argument[1:-1]
        value = _data_value(argument, variables) if argument else None
        return "" if value is None else str(value)

    return _image_tag_pattern(tuple(sorted(places))).sub(alt_text, body)


@lru_cache(maxsize=16)
def _image_tag_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A tag of one of the shortcodes ``names``: its name (group 1), its arguments (group 2)."""
    return re.compile(r"\{%-?\s*(" + "|".join(map(re.escape, names)) + r")\s((?:[^%]|%(?!\}))*?)-?%\}")


def eleventy_bundles_removed(text: str, replacement: str, names: tuple[str, ...] = _ELEVENTY_BUNDLES) -> str:
    """``text`` with each paired shortcode of ``names`` that shows nothing of its content
    (Eleventy's bundles, the usual ``css``, ``js`` and ``html`` by default) and its content
    replaced by ``replacement``: ``{% css %}…{% endcss %}``, a bucket name after it or not
    (``{% css "kritis" %}``)."""
    if not any("end" + name in text for name in names):  # (no closing tag: no bundle shortcode)
        return text
    return _bundle_pattern(names).sub(replacement, text)


@lru_cache(maxsize=8)
def _bundle_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A paired shortcode of one of the bundles ``names``, with its content."""
    return re.compile(r"\{%-?\s*(" + "|".join(map(re.escape, names)) + r")\b(?:[^%]|%(?!\}))*%\}.*?\{%-?\s*end\1\s*-?%\}", re.S)


def eleventy_nunjucks(body: str, variables: Mapping[str, Any], shortcodes: tuple[tuple[str, Shows], ...] = ()) -> str:
    """Eleventy's Markdown rendered with Nunjucks (``markdownTemplateEngine: "njk"``):
    ``{# comments #}`` removed, block sets shown where their variable is output
    (:func:`captured_output`), the rest as :func:`eleventy_markdown`."""
    if "{#" in body:
        body = replace_pairs(body, *_NUNJUCKS_COMMENT, lambda match, inner: "")
    if "endset" in body:
        body = captured_output(body, _NUNJUCKS_BLOCK_SET)
    return eleventy_markdown(body, variables, shortcodes)


def eleventy_problems(body: str, variables: Mapping[str, Any], shortcodes: tuple[tuple[str, Shows], ...] = ()) -> list[Problem]:
    """What of an Eleventy page arsip removes or shows otherwise than Eleventy, as problems:
    outputs (:func:`_eleventy_output_problems`) and tags (:func:`_eleventy_tag_problems`,
    ``shortcodes`` those the site's configuration defines: see
    :attr:`~.eleventy.EleventySite.shortcodes`). ``variables`` is the page's data
    (:meth:`~.eleventy.EleventySite.variables`); code, raw and comment blocks are not read."""
    if "{{" not in body and "{%" not in body:
        return []
    body = _outside_code(replace_pairs(body, *_NUNJUCKS_COMMENT, lambda match, inner: "") if "{#" in body else body)
    return _eleventy_output_problems(body, variables) + _eleventy_tag_problems(body, shortcodes)


def _eleventy_output_problems(body: str, variables: Mapping[str, Any]) -> list[Problem]:
    """Outputs of an Eleventy page's ``body`` (outside code) that arsip removes or shows
    otherwise than Eleventy: one whose value is not text or a number (a list, an object, a
    date), what Eleventy makes itself (:data:`_ELEVENTY_DATA`: ``{{ collections.post.length
    }}``, ``{{ page.date }}``), a variable the page's own tags set (a loop's ``{{
    post.data.title }}``, ``{% set x = … %}``; not a captured text nor a string literal
    assigned once, which are shown), each named with its count; and a value shown without its
    filters that change its words (Eleventy's filters are the site's own code: ``{{ title |
    truncate(20) }}``). A name nothing defines shows nothing, as in Eleventy (its ``default``
    filter's argument, :func:`_data_value`); outputs in an address are not read."""
    if "{{" not in body:
        return []
    captured = set(LIQUID_CAPTURE[0].findall(body)) | set(_NUNJUCKS_BLOCK_SET[0].findall(body)) if "{%" in body else set()
    variables_set = (set_variables(body) | frozenset(_NUNJUCKS_INLINE_SET.findall(body))) - captured
    literals = _assigned_literals(body)
    unknown: dict[str, int] = {}
    unapplied: dict[str, int] = {}
    for match in LIQUID_OUTPUT.finditer(body):
        expression = match.group(1)
        name = _OUTPUT_NAME.match(expression)
        key = name.group(0) if name else expression
        head = key.split(".")[0]
        if head in captured or (expression in literals and literals[expression][0] < match.start()) or _IN_ADDRESS.search(body, max(0, match.start() - 200), match.start()):
            continue
        defaults = has_default(expression)
        if _data_value(expression, variables, variables_set | captured) is not None:
            changing = [name for name in _filters(expression) if name not in WORD_KEEPING_FILTERS and not (defaults and name in DEFAULT_FILTERS)]
            if changing:
                output = "{{ " + " | ".join([key, *changing]) + " }}"
                unapplied[output] = unapplied.get(output, 0) + 1
        elif head in variables or head in _ELEVENTY_DATA or head in variables_set or defaults:
            unknown[key] = unknown.get(key, 0) + 1
    problems = []
    if unknown:
        problems.append(Problem("text", f"{sum(unknown.values())} template output(s) removed, what they show not known: {_counted_outputs(unknown)}"))
    if unapplied:
        problems.append(Problem("text", f"{sum(unapplied.values())} template output(s) shown without their filters applied: {_counted(unapplied)}"))
    return problems


def _counted_outputs(outputs: dict[str, int]) -> str:
    """Outputs and their counts, as a problem lists them: ``{{ post.title }} (2)``."""
    return ", ".join(f"{{{{ {name} }}}} ({count})" for name, count in outputs.items())


def captured_output(body: str, pair: tuple[re.Pattern, re.Pattern]) -> str:
    """``body`` with each capture block of ``pair`` (Liquid's ``{% capture x %}…{%
    endcapture %}``, Nunjucks' ``{% set x %}…{% endset %}``) taken out, as the template shows
    nothing where it captures, and its text put in place of each ``{{ x }}`` after it, where
    the template outputs it: the text last captured before the output (one before any
    capture is left to the page's Liquid, which shows nothing for it). Through
    ``markdownify`` the text is its Markdown rendered as HTML, as the filter renders it
    (:func:`~.jekyll.kramdown.markdownified`), in a Markdown page and an HTML page alike;
    other filters are not applied (a Jekyll page's Liquid applies them:
    :class:`~.jekyll.page_liquid.PageLiquid`). Its own tags and outputs are rendered there
    with the page's."""
    texts: list[tuple[str, str]] = []

    def capture(match: re.Match, inner: str) -> str:
        texts.append((match.group(1), inner))
        return f"\x00capture{len(texts) - 1}\x00"

    body = replace_pairs(body, *pair, capture)
    if not texts:
        return body
    current: dict[str, str] = {}

    def placed(match: re.Match) -> str:
        if match.group(1) is not None:
            name, text = texts[int(match.group(1))]
            current[name] = text
            return REMOVED
        text = current.get(match.group(2))
        if text is None:
            return match.group(0)
        return markdownified(text) if "markdownify" in _filters(match.group(3)) else text

    return _CAPTURE_PLACES.sub(placed, body)


def _filters(filters: str | None) -> list[str]:
    """The names of the filters an output applies (``| markdownify | strip``)."""
    return _FILTER_NAME.findall(filters) if filters else []


def _data_value(expression: str, variables: Mapping[str, Any], local: frozenset[str] = frozenset()) -> Any:
    """The value of a Liquid output ``name.key | filter`` in ``variables``: text or a
    number; None for anything else (an object, a list, a date Eleventy shows as JavaScript does).
    A first filter ``default`` shows its argument for a value the data lacks or gives empty,
    as the template language does (:func:`~.eleventy_default.defaulted`), but for a variable
    the template's tags set (``local``) or Eleventy makes (:data:`_ELEVENTY_DATA`), whose
    value arsip does not know."""
    names = expression.split("|", 1)[0].strip().split(".")
    value: Any = variables
    for key in names:
        value = value.get(key, MISSING) if isinstance(value, Mapping) and key else MISSING
        if value is MISSING:
            break
    if "|" in expression and names[0] not in local and names[0] not in _ELEVENTY_DATA:
        value = defaulted(expression, value, partial(_data_value, variables=variables, local=local))
    return value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def eleventy_markdown_contents(body: str, variables: Mapping[str, Any], names: tuple[str, ...], source: Callable[..., str]) -> str:
    """An Eleventy template of HTML (``body``) whose paired shortcodes ``names`` render their
    content as Markdown (``md.render(content)``) with that content as the HTML it renders to,
    then made the page's markup by ``source`` (the engine's :attr:`Syntax.markdown_source`)."""
    if any("end" + name in body for name in names):  # (no closing tag: no such shortcode)
        body = _markdown_content_pattern(names).sub(lambda match: match.group(1) + _MARKDOWN.render(match.group(3)) + match.group(4), body)
    return source(body, variables)


#: Markdown rendered as a site's markdown-it does it by default (HTML in it kept).
_MARKDOWN = MarkdownIt("commonmark", {"html": True})


@lru_cache(maxsize=8)
def _markdown_content_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A paired shortcode of one of ``names``: its opening tag (group 1; its name, group 2),
    its content (group 3), its closing tag (group 4)."""
    return re.compile(r"(\{%-?\s*(" + "|".join(map(re.escape, names)) + r")\b(?:[^%]|%(?!\}))*%\})(.*?)(\{%-?\s*end\2\s*-?%\})", re.S)


@lru_cache(maxsize=8)
def eleventy_syntax(engine: str | None, indented_code: bool = False, shortcodes: tuple[tuple[str, Shows], ...] = (), template: bool = False) -> Syntax:
    """The syntax of an Eleventy page whose Markdown is rendered with ``engine``
    (``liquid``, ``njk``; None: plain Markdown, ``markdownTemplateEngine: false`` or a
    page's ``templateEngineOverride: md``), without indented code blocks unless
    ``indented_code`` (Eleventy 2.0 and later turn them off: a line indented four spaces,
    as HTML inside a Nunjucks loop often is, is not code); ``shortcodes``: the tags the
    site's configuration defines (:attr:`~.eleventy.EleventySite.shortcodes`); ``template``:
    a template of HTML (``.njk``), where a shortcode's content it renders as Markdown is read so."""
    syntax = SYNTAXES["eleventy"] if engine == "liquid" else _ELEVENTY_NUNJUCKS if engine == "njk" else SYNTAXES["markdown"]
    if shortcodes and syntax.body_problems is not None:
        source = partial(syntax.markdown_source, shortcodes=shortcodes)
        markdown = tuple(sorted(name for name, shows in shortcodes if shows.markdown and shows.known))
        syntax = replace(
            syntax, markdown_source=partial(eleventy_markdown_contents, names=markdown, source=source) if template and markdown else source,
            body_problems=partial(eleventy_problems, shortcodes=shortcodes),
            compared_source=partial(eleventy_bundles_removed, replacement=" ", names=_contentless_tags(shortcodes)),  # (such a tag's content is not shown)
        )
    return syntax if indented_code else replace(syntax, markdown_plugins=(*syntax.markdown_plugins, _without_indented_code))


def _without_indented_code(parser) -> None:
    """A markdown-it parser without indented code blocks (Eleventy's ``md.disable("code")``)."""
    parser.block.ruler.disable("code")


def hugo_shortcodes(body: str, page: Mapping[str, Any] | None = None) -> str:
    """Hugo: highlight (and mermaid, echarts, chart) shortcodes as code, so the tabs of code
    of Docsy's tabpane (:data:`_DOCSY_TABPANE`), a paired script
    shortcode dropped, ``{{< param x >}}`` as the page's ``x`` from ``page`` (the front
    matter), figures as caption/title/alt, paired shortcodes as their inner text, other
    shortcodes as their parameters that are text for a reader (:mod:`.parameters`:
    captions and quoted words are, ids, icon names, file names and styles are not);
    ``{{</* x */>}}`` (a shortcode shown, not run) stays as ``{{< x >}}``."""
    if "{{" not in body:
        return body
    escaped: list[str] = []

    def escape(match: re.Match) -> str:
        escaped.append("{{" + match.group(1) + " " + match.group(2) + " " + match.group(3) + "}}")
        return f"\x00{len(escaped) - 1}\x00"

    def shortcode(match: re.Match) -> str:
        if match.group(1):
            return ""
        if match.group(2) == "param":
            return _page_parameter(page or {}, match.group(3))
        return _parameters_shown(match.group(3), match.group(2))

    body = _HUGO_ESCAPED.sub(escape, body)
    body = replace_pairs(body, *_HUGO_CODE, lambda match, inner: fenced(inner))
    if "qr" in body:
        body = replace_pairs(body, *_HUGO_QR, lambda match, inner: _parameters_shown(match.group(1), "qr"))
    if "codelang" in body:
        body = replace_pairs(body, *_HUGO_CODE_TAB, lambda match, inner: _parameters_shown(match.group(1), "tab") + fenced(inner))
    if "tabpane" in body:
        body = replace_pairs(body, *_DOCSY_TABPANE, _docsy_tabpane)
    body = hidden_shortcodes_removed(body, REMOVED)
    body = closed_seams(_HUGO_SHORTCODE.sub(shortcode, body))
    if escaped:
        body = re.sub(r"\x00(\d+)\x00", lambda m: escaped[int(m.group(1))], body)
    return body


def _docsy_tabpane(pane: re.Match, inner: str) -> str:
    """A Docsy tabpane, each of its tabs of code (see :data:`_DOCSY_TABPANE`) as its label
    and a fenced block of its content, verbatim; tabs of text are left to be read as paired
    shortcodes."""
    pane_text = _TEXT_TRUE.search(pane.group(1)) is not None

    def tab(match: re.Match, content: str) -> str:
        if pane_text or _TEXT_TRUE.search(match.group(2)):
            closer = "{{< /tab >}}" if match.group(1) == "<" else "{{% /tab %}}"
            return match.group(0) + content + closer
        return _parameters_shown(match.group(2), "tab") + fenced(content)

    return replace_pairs(inner, *_DOCSY_TAB, tab)


def block_attributes_removed(text: str) -> str:
    """Text of a Hugo page whose site reads block attribute lists
    (:func:`~.hugo.config.block_attributes`): those lines go, and kramdown's attribute lists
    as in every generator's text."""
    if "{" not in text:
        return text
    return _GOLDMARK_BLOCK_ATTRIBUTES.sub("", KRAMDOWN_ATTRIBUTES.sub("", text))


def hugo_problems(body: str) -> list[Problem]:
    """The shortcodes of a Hugo body that show another file's content
    (:data:`_HUGO_FILE_SHORTCODES`, or one given a ``file`` that has no content of its own):
    a site defines what they read and how, so that text is not read, and each is named in a
    problem. A shortcode given a ``file`` and closed in the page (``{{< code-toggle
    file=hugo >}}`` … ``{{< /code-toggle >}}``) shows its content under that name; shortcodes
    in code, and those shown, not run (``{{</* readfile */>}}``), are not read."""
    if "file" not in body and "include" not in body:
        return []
    unread: dict[str, int] = {}
    read = code_kept(_HUGO_ESCAPED.sub("", body), lambda code: "")
    closed = {match.group(2) for match in _HUGO_SHORTCODE.finditer(read) if match.group(1)}
    for match in _HUGO_SHORTCODE.finditer(read):
        name, parameters = match.group(2), match.group(3)
        if match.group(1):
            continue
        if name.lower() in _HUGO_FILE_SHORTCODES or (_HUGO_FILE_PARAMETER.search(parameters) and name not in closed):
            unread[name] = unread.get(name, 0) + 1
    if not unread:
        return []
    listed = _counted(unread)
    return [Problem("text", f"{sum(unread.values())} shortcode(s) showing another file's content, which arsip does not read: {listed}")]


def nikola_shortcodes(body: str, page: Mapping[str, Any] | None = None) -> str:
    """Nikola: its shortcodes, written as Hugo's, read as Hugo's are (:func:`hugo_shortcodes`:
    a thumbnail's alt, title and caption kept, an embed's address dropped); a chart shows
    only its title, its body being the chart's data; ``raw``'s content is shown as written,
    shortcodes in it too, as Nikola shows it."""
    return _nikola_read(body, lambda text: hugo_shortcodes(text, page))


def nikola_rest_shortcodes(body: str) -> str:
    """Nikola's shortcodes in a reST post (Nikola takes them out before docutils and renders
    them into its output): as in Markdown (:func:`nikola_shortcodes`), each showing its
    parameters that are text and a pair its content, but with no Markdown made of them."""
    return _nikola_read(body, _shortcodes_as_text)


def _shortcodes_as_text(body: str) -> str:
    """Each shortcode of ``body`` as its parameters that are text; a closing one as nothing."""
    return closed_seams(_HUGO_SHORTCODE.sub(lambda match: "" if match.group(1) else _parameters_shown(match.group(3), match.group(2)), body))


def _nikola_read(body: str, calls: Callable[[str], str]) -> str:
    """``body`` with its ``raw`` blocks' content as written and the shortcodes around them
    read by :func:`_nikola_calls` and ``calls``."""
    if "raw" not in body or _RAW_MARK in body:
        return _nikola_calls(body, calls)
    kept: list[str] = []

    def set_aside(match: re.Match, inner: str) -> str:
        """Keep a ``raw`` block's content as written; mark its place."""
        kept.append(inner)
        return _RAW_MARK

    marked = replace_pairs(body, *_NIKOLA_RAW, set_aside)
    read = [_nikola_calls(segment, calls) for segment in marked.split(_RAW_MARK)]
    return read[0] + "".join(inner + after for inner, after in zip(kept, read[1:]))


def _nikola_calls(body: str, calls: Callable[[str], str]) -> str:
    """The shortcodes of ``body`` (no ``raw`` in it) read: a chart's title, a ``doc`` link's
    text, then the others by ``calls``."""
    if "chart" in body:
        body = replace_pairs(body, *_NIKOLA_CHART, lambda match, inner: _parameters_shown(match.group(1), "chart"))
    if "doc" in body:
        body = replace_pairs(body, *_NIKOLA_DOC, lambda match, inner: _doc_text(inner))
    return calls(body)


def _doc_text(target: str) -> str:
    """What Nikola's ``doc`` shortcode shows of ``target``: its own text (``Teks <slug>``),
    else the post's title, which arsip guesses from its slug, hyphens as spaces (named in
    a problem: :func:`nikola_problems`)."""
    titled = _TITLED_TARGET.match(target.strip())
    return titled.group(1) if titled else target.strip().replace("-", " ")


def nikola_markdown(body: str, page: Mapping[str, Any] | None = None) -> str:
    """Nikola: its shortcodes (:func:`nikola_shortcodes`), then the Markdown as
    Python-Markdown shows it, which Nikola renders with the extensions Pelican's has
    (``fenced_code``, ``codehilite``, ``extra``: :func:`pelican_markers`)."""
    return pelican_markers(nikola_shortcodes(body, page))


def nikola_problems(body: str) -> list[Problem]:
    """Nikola's shortcodes outside code and ``raw`` that show what the page does not hold
    (:data:`_NIKOLA_ELSEWHERE`), named and counted in one problem."""
    if "{{" not in body:
        return []
    shown: dict[str, int] = {}
    read = replace_pairs(body, *_NIKOLA_RAW, lambda match, inner: "") if "raw" in body else body
    for match in _NIKOLA_ELSEWHERE.finditer(code_kept(_HUGO_ESCAPED.sub("", read), lambda code: "")):
        shown[match.group(1)] = shown.get(match.group(1), 0) + 1
    problems = []
    if shown:
        listed = _counted(shown)
        problems.append(Problem("text", f"{sum(shown.values())} Nikola shortcode(s) showing what the page does not hold (posts of the site, a gist, media, a listing, a chart's drawing, an emoji), which arsip does not read: {listed}"))
    if "doc" in read:
        guessed: list[str] = []

        def untitled(match: re.Match, target: str) -> str:
            """Note a link without its own text (its slug)."""
            if not _TITLED_TARGET.match(target.strip()):
                guessed.append(target.strip())
            return ""

        replace_pairs(read, *_NIKOLA_DOC, untitled)
        if guessed:
            problems.append(Problem("text", f"{len(guessed)} link(s) to another post shown without its title, the text guessed from its slug: {', '.join(guessed)}"))
    return problems


def hidden_shortcodes_removed(body: str, mark: str) -> str:
    """``body`` with each paired shortcode a reader never sees (:data:`~.parameters.HUGO_HIDDEN`:
    ``script``, ``comment``) replaced by ``mark``, its content with it."""
    for name, opener, closer in HUGO_HIDDEN:
        if name in body:  # (a cheap look before the scan)
            body = replace_pairs(body, opener, closer, lambda match, inner: mark)
    return body


def _parameters_shown(parameters: str, shortcode: str) -> str:
    """What a reader sees of a shortcode's ``parameters``: those that are text, set apart."""
    return set_apart(" ".join(parameter_text(parameters, shortcode=shortcode)))


def _page_parameter(page: Mapping[str, Any], parameters: str) -> str:
    """What ``{{< param KEY >}}`` shows: the value ``KEY`` of ``page`` — the front matter, or
    what :func:`~.hugo.params.page_params` chains to it, the site's parameters — (a dotted
    key reads into a table, ``author.name``; names in any case), when it is text or a
    number; else nothing."""
    value: Any = page
    for key in parameters.strip().strip("\"'`").split("."):
        value = _value_of(value, key.lower()) if isinstance(value, Mapping) else None
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


def _value_of(table: Mapping[str, Any], key: str) -> Any:
    """``table``'s value of the lower-case ``key``, its names in any case; each map of a
    chain in turn (a site's parameters, lower case already, are looked up, not scanned)."""
    for part in getattr(table, "maps", (table,)):
        if key in part:
            return part[key]
        found = next((item for name, item in part.items() if str(name).lower() == key), _ABSENT)
        if found is not _ABSENT:
            return found
    return None


#: No value of that name (a value may be None).
_ABSENT = object()


def wordpress_shortcodes(markup: str) -> str:
    """WordPress: ``[caption]`` keeps its caption, code shortcodes (``[sourcecode]``,
    ``[code]``, ``[php]`` …, see :mod:`.wordpress_plugins`) their code verbatim, a page
    builder's raw HTML block its decoded HTML, Jetpack's ``$latex …$`` its formula, embeds and forms are dropped (each opening
    tag pairs only with its own closing tag), other paired shortcodes keep their inner text
    and their parameters that are text (``title="..."``, see :mod:`.parameters`). A shortcode
    without a closing tag is replaced by those parameters when it has named ones
    (``[vc_btn title="Hubungi kami"]``), and removed when it has none and its name is no word
    (``[vc_empty_space]``); ``[sic]`` and a Markdown link label ``[baca-ini](...)`` stay, and
    a shortcode in double brackets is shown as written (``[[gallery]]`` → ``[gallery]``).
    Page builders' layout tags end a paragraph."""
    if "[" not in markup and "$" not in markup:
        return markup
    closed = {name.lower() for name in _WP_CLOSING.findall(markup)}
    aside = SetAside()  # what no other shortcode may change: code, raw HTML, escaped shortcodes
    if "[[" in markup:
        markup = _WP_ESCAPED.sub(lambda match: aside.keep(match.group(1)) if _is_wordpress_shortcode(match.group(2), match.group(3) or "", closed) else match.group(0), markup)
    for name in sorted(closed & CODE_SHORTCODES):
        markup = replace_pairs(markup, *_wp_pair(name), lambda match, inner: aside.keep("<pre>" + inner.replace("<", "&lt;") + "</pre>"))
    for name in closed.intersection(RAW_HTML):
        markup = replace_pairs(markup, *_wp_pair(name), lambda match, inner: aside.keep(decoded) if (decoded := raw_html(inner)) else REMOVED)
    if "$" in markup:
        markup = latex_images(markup)  # Jetpack's $latex …$, outside code
    markup = replace_pairs(markup, *_WP_CAPTION, _caption_figure)
    for name in sorted(closed & (WP_EMBEDS | set(RAW_SCRIPT))):
        markup = replace_pairs(markup, *_wp_pair(name), lambda match, inner: REMOVED)

    def shortcode(match: re.Match) -> str:
        closing, name, parameters = match.group(1), match.group(2), (match.group(3) or "").strip()
        if name in WP_EMBEDS:
            return REMOVED
        if markup.startswith(("(", ":"), match.end()) or not (name in closed or _unpaired_shortcode(name, parameters)):
            return match.group(0)  # a Markdown link's label, or words in brackets
        values = "" if closing else html.escape(" ".join(parameter_text(parameters, text_names=TEXT_PARAMETERS)))
        return f"\n\n{values}\n\n" if _WP_LAYOUT.match(name) else APART + values + APART if values else "" if closing else REMOVED

    return aside.restore(closed_seams(_WP_SHORTCODE.sub(shortcode, markup)))


def _caption_figure(match: re.Match, inner: str) -> str:
    """``[caption]`` as the figure WordPress shows: the image (or link) and its caption, the
    ``caption`` parameter or the text after the image (:func:`captioned_images`)."""
    caption = html.escape(" ".join(parameter_text(match.group(1))))
    return f"<figure>{captioned_images(inner, inner + ' ' + caption)} {caption}</figure>"


def captioned_images(markup: str, caption: str) -> str:
    """``markup`` with the alt text of its images emptied where ``caption`` (HTML) already
    says it: the caption shows under the image, and its alt text, read too, would say the
    same words twice ("Sawah menguning Sawah menguning")."""
    said = f" {_words(caption)} "

    def image(match: re.Match) -> str:
        alt = _words(html.unescape(match.group(2) if match.group(2) is not None else match.group(3)))
        return match.group(1) + '""' if alt and f" {alt} " in said else match.group(0)

    return _IMAGE_ALT.sub(image, markup)


def _words(markup: str) -> str:
    """The words of ``markup`` outside its tags, in lower case, one space apart."""
    return " ".join(word.casefold() for word in _TAG_OR_WORD.findall(html.unescape(markup)) if word)


def _captioned_figures(markup: str) -> str:
    """``markup`` with each figure's images stripped of the alt text its ``<figcaption>`` says
    (:func:`captioned_images`; the block editor's image and gallery blocks)."""

    def figure(match: re.Match) -> str:
        caption = _FIGCAPTION.search(match.group(0))
        return captioned_images(match.group(0), caption.group(1)) if caption else match.group(0)

    return _INNERMOST_FIGURE.sub(figure, markup)


def _is_wordpress_shortcode(name: str, parameters: str, closed: set[str]) -> bool:
    """True when ``[name parameters]`` is a shortcode :func:`wordpress_shortcodes` reads (a
    paired one, one it knows, or one that reads as a shortcode without a closing tag)."""
    known = name in closed or name in WP_EMBEDS or name in CODE_SHORTCODES or name == "caption"
    return known or _unpaired_shortcode(name, parameters.strip())


def wordpress_html(markup: str) -> str:
    """A WordPress post's HTML as it shows: shortcodes as :func:`wordpress_shortcodes` reads
    them, URLs alone on their line outside code (embeds) removed, the download button of a
    file block removed, an image's alt text its figure's caption says removed, a "Baca juga"
    line removed; each page break (``<!--nextpage-->``: WordPress shows the text after it
    on a page of its own) ends a paragraph."""
    markup = wordpress_shortcodes(markup)
    if "<!--nextpage-->" in markup:
        markup = markup.replace("<!--nextpage-->", "\n\n")
    if "wp-block-file__button" in markup:
        markup = _WP_FILE_BUTTON.sub("", markup)
    if "<figcaption" in markup:  # (no caption, no alt text said twice)
        markup = _captioned_figures(markup)
    if "://" in markup:
        code: list[str] = []

        def protect(match: re.Match, inner: str) -> str:
            code.append(match.group(0) + inner + "</pre>")
            return f"\x00{len(code) - 1}\x00"

        markup = _WP_AUTO_EMBED.sub("", replace_pairs(markup, *_PRE, protect) if "<pre" in markup else markup)
        if code:
            markup = re.sub(r"\x00(\d+)\x00", lambda m: code[int(m.group(1))], markup)
    return read_also_removed(markup)


def _unpaired_shortcode(name: str, parameters: str) -> bool:
    """True when ``[name parameters]`` without a closing tag reads as a shortcode: it has
    named parameters, or none and a name that is no word (``vc_empty_space``, ``toc-list``);
    ``[sic]`` and ``[lihat di bawah]`` are words in brackets."""
    return "=" in parameters or (not parameters and ("_" in name or "-" in name))


def docs_directives(body: str, page: Mapping[str, Any] | None = None) -> str:
    """Microsoft-Docs Markdown: ``:::image`` keeps its alt text, other ``:::`` lines and
    ``[!INCLUDE]``/``[!VIDEO]``/``[!code]``/``[!div]`` extensions are removed (``> [!NOTE]``
    alert markers are removed in every generator's Markdown), and so is the hidden English
    source beside each sentence of a localized page (``<span class="sxs-lookup">``)."""
    if "sxs-lookup" in body:
        body = _DOCS_SOURCE_SENTENCE.sub("", body)
    if ":::" in body:
        body = _DOCS_DIRECTIVE.sub("", _DOCS_IMAGE.sub(lambda m: m.group(1), body))
    return closed_seams(_DOCS_EXTENSION.sub(REMOVED, body)) if "[!" in body else body


def read_also_removed(markup: str, *, page: bool = False) -> str:
    """Blogger and WordPress posts, HTML pages and other rendered HTML (``page``): a line
    that is only "Baca juga:" (or "Lihat juga", "Artikel terkait", "Berita terkait") and
    links to other posts, or that label and a list of such links, goes: those are other
    posts' titles, not this post's text. The tags of blocks between the label and the links
    stay, so the blocks around stay whole."""
    lowered = markup.lower()
    if not any(word in lowered for word in LABEL_WORDS):  # a text without them has no label: nothing to match
        return markup
    pattern = _READ_ALSO_PAGE if page else _READ_ALSO_POST
    return pattern.sub(lambda match: match.group(1) + "".join(_BLOCK_TAGS.findall(match.group(2))), markup)


def pelican_markers(body: str, page: Mapping[str, Any] | None = None) -> str:
    """Pelican: ``#`` headings as Python-Markdown reads them (:func:`~.python_markdown.hash_headings`);
    CodeHilite's language line (``:::python``) and the ``[TOC]`` marker are not text."""
    body = hash_headings(codehilite_headers(body))
    return _PELICAN_TOC.sub("", body) if "[TOC]" in body else body


def body_only(problems: Callable[[str], list[Problem]]) -> Callable[[str, Mapping[str, Any]], list[Problem]]:
    """A :attr:`Syntax.body_problems` of ``problems``, which do not depend on the page's front matter."""
    return lambda body, page: problems(body)


SYNTAXES: dict[str, Syntax] = {
    syntax.name: syntax
    for syntax in (
        Syntax("markdown"),
        Syntax(
            "jekyll", markdown_source=jekyll_markdown, markdown_plugins=(kramdown_plugin,), html_markdown=markdown_elements,
            body_problems=liquid_problems, compared_source=jekyll_compared,
        ),
        Syntax("hugo", markdown_source=hugo_shortcodes, body_problems=body_only(hugo_problems)),
        Syntax("hexo", markdown_source=hexo_markdown, body_problems=body_only(hexo_problems)),
        Syntax("quarto", markdown_source=quarto_markdown, text_markup=quarto_text, body_problems=body_only(quarto_problems), compare_prepared=True),  # (chunk options go on purpose)
        Syntax("rmarkdown", markdown_source=quarto_markdown, text_markup=quarto_text, body_problems=body_only(quarto_problems), compare_prepared=True),
        Syntax("zola", markdown_source=zola_markdown, text_markup=lambda text: text, compare_prepared=True),  # (no kramdown)
        Syntax("eleventy", markdown_source=eleventy_markdown, body_problems=eleventy_problems),
        Syntax("mdx", markdown_source=unwrapped_code_blocks, html_source=mdx_html, text_attributes=HUMAN_PARAMETERS, markdown_plugins=(mdx_plugin,), html_markdown=jsx_components, compared_source=mdx_compared),
        Syntax(
            "wordpress",
            markdown_source=lambda body, page: wordpress_shortcodes(body),
            html_source=wordpress_html,
            compare_prepared=True,  # embeds and forms go with their URLs and names, as in an export's posts
        ),
        Syntax("nikola", markdown_source=nikola_markdown, text_markup=attribute_lists_removed, body_problems=body_only(nikola_problems), compare_prepared=True),  # (a chart's data goes on purpose)
        Syntax("pelican", markdown_source=pelican_markers, text_markup=attribute_lists_removed, compare_prepared=True),  # attr_list: in Pelican's default extra
        Syntax("docs", markdown_source=docs_directives, compare_prepared=True),
        Syntax("mdn", markdown_source=mdn_markdown, html_source=mdn_html, body_problems=body_only(mdn_problems), compare_prepared=True),
        Syntax("mkdocs", markdown_source=mkdocs_source, text_markup=mkdocs_text, body_problems=body_only(snippet_problems), compare_prepared=True),
        Syntax("blogger", html_source=read_also_removed),
        Syntax("antora"),  # (AsciiDoc pages only: a Markdown file is read as plain Markdown)
        Syntax("gitbook", markdown_source=gitbook_markdown),
        Syntax(
            "vuepress", markdown_source=vuepress_markdown, body_problems=body_only(vuepress_problems),
            compare_prepared=True,  # (expressions and imports go, a home page's front matter is shown)
        ),
        Syntax("docsify", markdown_source=docsify_markdown, body_problems=body_only(docsify_problems), compare_prepared=True, heading_markup=docsify_heading),  # (options and markers go on purpose)
        # Rendered HTML (a feed's items, Ghost, Tumblr, Substack): a new line is a space.
        Syntax("html", html_source=partial(read_also_removed, page=True)),
    )
}


#: blogdown's R Markdown pages in a Hugo site: Hugo's shortcodes, and knitr's chunks as
#: Quarto's (their option lines are not shown).
BLOGDOWN = replace(SYNTAXES["hugo"], markdown_source=lambda body, page: hugo_shortcodes(chunk_options_removed(body), page), compare_prepared=True)
#: A Hugo page Pandoc renders (``markup: pandoc``, ``.pandoc``, ``.pdc``): Hugo's shortcodes,
#: then Pandoc's markup (:func:`~.quarto.pandoc_markdown`; its attributes go on purpose, a
#: caption's and a heading's at their end too);
#: raw HTML is shown, as Pandoc shows it, whatever the site's Goldmark omits.
HUGO_PANDOC = replace(
    SYNTAXES["hugo"], markdown_source=lambda body, page: pandoc_markdown(hugo_shortcodes(body, page)), text_markup=quarto_text, compare_prepared=True,
)


@lru_cache(maxsize=4)
def _hugo_syntax(block_attributes: bool, raw_html_omitted: bool) -> Syntax:
    """Hugo's syntax for a site whose Goldmark reads block attribute lists (the lines go from
    the body the text is compared with too: their words are dropped on purpose), and
    omits raw HTML (:func:`~.hugo.raw_html.raw_html_omitted`)."""
    syntax = SYNTAXES["hugo"]
    if block_attributes:
        syntax = replace(syntax, text_markup=block_attributes_removed, compared_source=block_attributes_removed)
    return replace(syntax, markdown_raw_html=goldmark_raw_html) if raw_html_omitted else syntax


_ELEVENTY_NUNJUCKS = Syntax("eleventy", markdown_source=eleventy_nunjucks, body_problems=eleventy_problems)
#: A VitePress site's Markdown: Vue in it as in VuePress (VitePress has no generator name of
#: its own, see :mod:`.javascript.docs_sites`: its record names ``markdown``).
_VITEPRESS = replace(SYNTAXES["vuepress"], name="markdown")
#: A Nuxt Content site's Markdown: MDC components (see :mod:`.javascript.mdc`; its record names ``markdown``).
_NUXT_CONTENT = Syntax("markdown", markdown_source=mdc_markdown, compare_prepared=True)  # (props and slot names go on purpose)


def _starlight_markdown(markdown_source: Callable[[str, Mapping[str, Any]], str] | None, body: str, page: Mapping[str, Any]) -> str:
    """A Starlight page's body (after ``markdown_source``, its syntax's own step) with the
    ``hero`` of its front matter over it, as Starlight shows it over the page's content (on
    a ``template: splash`` page mostly): its ``title``, ``tagline`` and actions' labels."""
    if markdown_source is not None:
        body = markdown_source(body, page)
    hero = page.get("hero")
    if not isinstance(hero, dict):
        return body
    over = "\n\n".join(part for part in hero_parts(hero, "title", ("tagline",)) if part)
    return over + "\n\n" + body if over else body


#: A Starlight site's pages: MDX (``.mdx``) or Markdown (``.md``), each with its hero shown.
_STARLIGHT = {name: replace(SYNTAXES[name], markdown_source=partial(_starlight_markdown, SYNTAXES[name].markdown_source)) for name in ("mdx", "markdown")}
#: MDX 1, as Docusaurus 2 reads its pages: no expressions in Markdown text, indented code.
_MDX1 = replace(SYNTAXES["mdx"], markdown_plugins=(mdx1_plugin,))


def syntax_of(generator: Syntax | str) -> Syntax:
    """The :class:`Syntax` of a generator name (unknown names read as plain Markdown)."""
    if isinstance(generator, Syntax):
        return generator
    return SYNTAXES.get(generator, SYNTAXES["markdown"])


def site_syntax(
    generator: str, mkdocs: MkDocsSettings | None, markdown_format: str | None = None, quarto: QuartoProject | None = None,
    jekyll: JekyllSite | None = None, hugo_block_attributes: bool = False, routes: DocsRoutes | None = None, tags_index: bool = False,
    hugo_raw_html_omitted: bool = False,
) -> Syntax | None:
    """The syntax of ``generator`` as a site's configuration sets it: a MkDocs site's text
    extensions (``mkdocs``, from its ``mkdocs.yml``), MDX 1 for a Docusaurus 2 site's MDX
    (``markdown_format`` :data:`~.js_sites.MDX1`), a Quarto project's variables (what
    ``{{< var >}}`` shows, ``quarto``), a Jekyll site's settings (what ``{{ site.x }}``
    shows, ``jekyll``), a Hugo site's block attribute lists (``hugo_block_attributes``, see
    :func:`block_attributes_removed`) and raw HTML its Goldmark omits (``hugo_raw_html_omitted``,
    see :mod:`.hugo.raw_html`), a VuePress site's title and description (from its
    ``routes``: what ``{{ $site.title }}`` shows), VuePress' Vue in a VitePress site's
    Markdown (its ``routes`` say it is one: the record's generator stays ``markdown``), MDC
    in a Nuxt Content site's Markdown (the same), a
    Starlight page's hero (:func:`_starlight_markdown`), a MkDocs page where Material's
    tags plugin writes its tag index (``tags_index``: its ``[TAGS]`` marker goes); None when the site sets nothing (the generator's own, :func:`syntax_of`)."""
    if generator == "mdx" and markdown_format == MDX1:
        return _MDX1
    if generator == "hugo" and (hugo_block_attributes or hugo_raw_html_omitted):
        return _hugo_syntax(hugo_block_attributes, hugo_raw_html_omitted)
    if generator == "vuepress" and routes is not None and routes.site_data:
        return _vuepress_syntax(routes.site_data)
    if generator in _STARLIGHT and routes is not None and routes.generator == "starlight":
        return _STARLIGHT[generator]
    if generator == "markdown" and routes is not None and routes.generator == "vitepress":
        return _VITEPRESS
    if generator == "markdown" and routes is not None and routes.generator == "nuxt":
        return _NUXT_CONTENT
    if generator == "jekyll" and jekyll is not None:
        return _jekyll_syntax(jekyll.variables)
    if generator == "quarto" and quarto is not None and quarto.variables:
        return _quarto_syntax(quarto)
    return _mkdocs_syntax(mkdocs, tags_index) if generator == "mkdocs" and mkdocs is not None else None


@lru_cache(maxsize=8)
def _jekyll_syntax(variables: tuple[tuple[str, str | None], ...]) -> Syntax:
    site = dict(variables)
    return replace(SYNTAXES["jekyll"], markdown_source=partial(jekyll_markdown, site=site), body_problems=partial(liquid_problems, site=site))


@lru_cache(maxsize=8)
def _vuepress_syntax(values: tuple[tuple[str, str], ...]) -> Syntax:
    site = dict(values)
    return replace(SYNTAXES["vuepress"], markdown_source=partial(vuepress_markdown, site=site), body_problems=body_only(partial(vuepress_problems, site=site)))


@lru_cache(maxsize=8)
def _quarto_syntax(project: QuartoProject) -> Syntax:
    source, problems = quarto_syntax_parts(project)
    return replace(SYNTAXES["quarto"], markdown_source=source, body_problems=body_only(problems))


@lru_cache(maxsize=32)
def _mkdocs_syntax(settings: MkDocsSettings, tags_index: bool) -> Syntax:
    source = tags_index_source if tags_index else mkdocs_source
    return replace(SYNTAXES["mkdocs"], markdown_source=source, text_markup=configured_mkdocs_text(settings))
