"""Shortcodes that WordPress.com and popular WordPress plugins register, read as they show.

- SyntaxHighlighter Evolved (on every WordPress.com blog, and a popular plugin) registers
  ``[sourcecode]``, ``[source]``, ``[code]`` and each language alias as a shortcode of its
  own (``[php]``, ``[python]``, ``[html]`` …, but not ``[latex]`` and ``[r]``): their
  content is code, shown verbatim (its ``syntaxhighlighter.php``).
- Jetpack (WordPress.com's shortcodes on any site) embeds other services' content, lists
  the blog's own posts (``[archives]``, ``[sitemap]``) or shows a form; retired services
  (``[googlevideo]``, ``[blip.tv]``, ``[hulu]``) show nothing (its ``modules/shortcodes``).
- Page builders show some of their modules' parameters as text: Divi's button labels
  (``[et_pb_button button_text="Daftar"]``, a header's ``button_one_text``), headings and
  subheadings (``[et_pb_slide heading="…"]``, ``subhead``), a testimonial's ``job_title`` and
  ``company_name``; WPBakery's call to action its ``h2``, ``h4`` and ``btn_title``. Their
  ``admin_label`` names the module in the editor only.
- Jetpack's LaTeX (WordPress.com's "Beautiful Math"): ``$latex x^2$`` and
  ``[latex]…[/latex]`` are images of the formula whose alt text is its source, less the
  ``&fg=``, ``&bg=`` and ``&s=`` settings at its end (its ``latex.php``).
- WPBakery's and Cornerstone's raw HTML blocks keep their HTML base64-encoded after URL
  encoding (``[vc_raw_html]JTNDcCUzRQ==[/vc_raw_html]``); the page shows it decoded
  (``rawurldecode(base64_decode(strip_tags($content)))``). Their raw JavaScript blocks show
  nothing a reader reads.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from urllib.parse import unquote

from .parameters import HUMAN_PARAMETERS

#: SyntaxHighlighter Evolved's code shortcodes: its own three and its language aliases.
CODE_SHORTCODES = frozenset(
    "sourcecode source code as3 actionscript3 arduino bash shell coldfusion cf clojure clj cpp c c-sharp csharp css "
    "delphi pas pascal diff patch erl erlang fsharp go golang groovy haskell java jfx javafx js jscript javascript tex "
    "matlab matlabkey objc obj-c perl pl php plain text ps powershell py python splus rails rb ror ruby ts typescript "
    "scala sql swift vb vbnet xml xhtml xslt html yaml yml".split()
)
#: Jetpack's shortcodes that show no text of the post: embeds of other services, the blog's
#: own archives and sitemap, subscription forms, and retired services' shortcodes.
JETPACK_EMBEDS = frozenset(
    "archiveorg archiveorg-book archives bandcamp brightcove cartodb codepen crowdsignal polldaddy descript facebook "
    "flickr getty gist googleapps googleplus gravatar houzz hulu kickstarter mailchimp_subscriber_popup medium mixcloud "
    "nextdoor pinterest pocketcasts sitemap slideshow smartframe ted twitchtv twitch twitter-timeline untappd-menu "
    "upcoming-events ustream videopress vine vr wufoo digg blip.tv googlevideo lytro jetpack-email-subscribe "
    "jetpack_subscription_form blog_subscription_form".split()
)
#: Parameters whose value a WordPress shortcode shows as text: those named like text
#: anywhere (:data:`~.parameters.HUMAN_PARAMETERS`) and page builders' labels and headings.
TEXT_PARAMETERS = HUMAN_PARAMETERS | frozenset(
    "button_text button_one_text button_two_text heading subhead subtitle sub_title job_title company_name h2 h4 btn_title".split()
)
#: Page builders' raw HTML blocks (their content encoded) and raw JavaScript blocks.
RAW_HTML = ("vc_raw_html", "cs_raw_html")
RAW_SCRIPT = ("vc_raw_js", "cs_raw_js")
_TAG = re.compile(r"<[^<>]*>")
#: Jetpack's ``$latex …$`` in text (not in a tag): a ``$`` after one backslash belongs to the formula.
_LATEX = re.compile(r"\$latex(?:=\s*|\s+)((?:[^$<>]|(?<=(?<!\\)\\)\$)+)(?<!\\)\$", re.I)
_LATEX_SETTINGS = re.compile(r"&(?:amp;|#038;)?(?:fg|bg)=[0-9a-f]{6}|&(?:amp;|#038;)?s=[0-9-]{1,2}", re.I)


def raw_html(encoded: str) -> str:
    """The HTML a raw HTML block shows: its content without tags (the editor may wrap it in
    ``<p>``), base64-decoded, then URL-decoded; "" when it is not base64 (WordPress shows
    nothing readable then either)."""
    try:
        data = base64.b64decode("".join(_TAG.sub("", encoded).split()), validate=True)
    except (binascii.Error, ValueError):
        return ""
    return unquote(data.decode("utf-8", "replace"))


def latex_images(markup: str) -> str:
    """``markup`` with each ``$latex …$`` formula as the image Jetpack shows for it, its alt
    text the formula (``<img alt="\\pi r^2">``)."""
    return _LATEX.sub(lambda match: '<img alt="%s">' % html.escape(html.unescape(_LATEX_SETTINGS.sub("", match.group(1))).strip()), markup)
