"""A page whose canonical link names its host without a scheme (``<link rel="canonical"
href="//karangrejo.desa.id/berita/x/">``, a protocol-relative link) names a whole address:
its scheme is the one the page's links to that host give, else the one of the site's
configured address, else https (as a browser opens it from a page served over https), with
a problem saying https is assumed. It is not an address relative to the page, nor one
inferred from a mirror's folder. So is such an address in a document's front matter
(``url: //karangrejo.desa.id/berita/x/``, Pelican's ``Url:`` header), but for Hugo's ``url``,
which Hugo joins to the page's path as it joins any (``/karangrejo.desa.id/berita/x/``)."""

from .conftest import DATA, read_by_id

PROTOCOL_RELATIVE = DATA / "protocol-relative"


def _read(path) -> dict:
    return read_by_id(path)[0]


def test_without_a_scheme_anywhere_https_is_assumed_with_a_problem():
    page = _read(PROTOCOL_RELATIVE / "ekspor")["berita/gotong-royong/index.html"]
    assert page.url == "https://karangrejo.desa.id/berita/gotong-royong/"
    assert [(problem.field, problem.reason) for problem in page.problems] == [
        (
            "url",
            "the page names its address without a scheme (//karangrejo.desa.id/berita/gotong-royong/) and no address of its site"
            " gives one: https assumed, as a browser opens it from a page served over https",
        )
    ]


def test_the_scheme_of_the_pages_links_to_its_host_is_taken():
    page = _read(PROTOCOL_RELATIVE / "ekspor")["berita/pasar-desa/index.html"]
    assert page.url == "http://karangrejo.desa.id/berita/pasar-desa/" and not page.problems


def test_the_scheme_of_the_configured_site_address_is_taken():
    page = _read(PROTOCOL_RELATIVE / "situs")["berita/jalan-dusun.html"]
    assert page.url == "http://karangrejo.desa.id/berita/jalan-dusun/" and not page.problems


def test_in_a_mirror_the_address_is_the_pages_not_one_inferred_from_its_folder():
    page = _read(PROTOCOL_RELATIVE / "cermin")["www.karangrejo.desa.id/berita/posyandu/index.html"]
    assert page.url == "https://www.karangrejo.desa.id/berita/posyandu/" and not page.problems


def test_a_front_matter_address_without_a_scheme_anywhere_gets_https_with_a_problem():
    document = _read(PROTOCOL_RELATIVE / "catatan")["panen-raya.md"]
    assert document.url == "https://karangrejo.desa.id/berita/panen-raya/"
    assert [(problem.field, problem.reason) for problem in document.problems] == [
        (
            "url",
            "the document names its address without a scheme (//karangrejo.desa.id/berita/panen-raya/) and no address of its"
            " site gives one: https assumed, as a browser opens it from a page served over https",
        )
    ]


def test_a_front_matter_address_without_a_scheme_takes_the_configured_sites():
    post = _read(PROTOCOL_RELATIVE / "jekyll")["_posts/2023-05-02-panen-raya.md"]
    assert post.url == "http://karangrejo.desa.id/berita/panen-raya/" and not post.problems


def test_a_pelican_header_address_without_a_scheme_is_read_as_the_articles():
    article = _read(PROTOCOL_RELATIVE / "pelican")["content/panen-raya.md"]
    assert article.title == "Panen Raya Dusun Krajan"
    assert article.text == "Warga Dusun Krajan memanen padi bersama di sawah desa pada hari Selasa pagi."
    assert article.url == "http://karangrejo.desa.id/berita/panen-raya/" and not article.problems


def test_hugos_url_without_a_scheme_is_a_path_as_hugo_joins_it():
    page = _read(PROTOCOL_RELATIVE / "hugo")["content/berita/panen-raya.md"]
    assert page.url == "http://karangrejo.desa.id/karangrejo.desa.id/berita/panen-raya/" and not page.problems
