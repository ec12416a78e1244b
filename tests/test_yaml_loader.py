"""The front-matter YAML loader constructs exactly what PyYAML's safe loader constructs."""

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from yaml.constructor import BaseConstructor, SafeConstructor
from yaml.resolver import BaseResolver

from arsip.ingest import yaml_loader
from arsip.ingest.yaml_loader import FrontMatterLoader


class PyYamlOnly(FrontMatterLoader):
    """Every node resolved and constructed by PyYAML's own code; only the duplicate-key
    reports (and the text kept of values that are not real dates or integers) are arsip's."""

    resolve = BaseResolver.resolve
    descend_resolver = BaseResolver.descend_resolver
    ascend_resolver = BaseResolver.ascend_resolver
    construct_object = BaseConstructor.construct_object

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            self.report_duplicates(node)
        return SafeConstructor.construct_mapping(self, node, deep=deep)


PyYamlOnly.add_constructor(BaseResolver.DEFAULT_MAPPING_TAG, PyYamlOnly.construct_mapping)

#: YAML of every kind front matter holds: plain, quoted, folded and tagged strings, anchors
#: and aliases (of strings and of collections), merge keys, the ``=`` value key, YAML 1.1
#: scalars, sets, ordered maps, binary, duplicate keys, keys of every type, and what
#: PyYAML refuses (unknown tags, unhashable keys, ``=`` and ``<<`` as values).
CONSTRUCTED = [
    "judul: Rapat warga\ntanggal: 2015-03-02 10:00:00 +07:00\nhari: 2015-03-02\njam: 10:30\n",
    "judul: 'Kutipan: \"benar\"'\nisi: >\n  baris satu\n  baris dua\nlagi: |\n  tetap\n  begitu\n",
    "a: !!str 123\nb: !!str yes\nc: yes\nd: ~\ne: 0x1F\nf: 1_000\ng: 3.5e+2\nh: .inf\ni: 0777\nj: 1:30\n",
    "a: +12\nb: -.5\nc: .NaN\nd: 'yes'\ne: \"12\"\nf: ''\ng:\nh: Null\ni: NO\nj: off\nk: 2015-3-2\nl: -0b101\n",
    "dasar: &d {kota: Jayapura, tahun: 2014}\nlain:\n  <<: *d\n  tahun: 2015\nnama: &n Wamena\nlagi: *n\n",
    "gabung:\n  <<: [{a: 1}, {b: 2}]\n  c: 3\n",
    "nilai: {=: dasar, x: 1}\nteks: !!str {=: dasar}\n",
    "himpunan: !!set {satu, dua}\nurut: !!omap [{a: 1}, {b: 2}]\npasang: !!pairs [{a: 1}, {a: 2}]\n",
    "berkas: !!binary aGFsbw==\n",
    "judul: Pertama\njudul: Kedua\nsub:\n  k: 1\n  k: 2\n",
    "1: satu\n1.5: satu setengah\nyes: ya\n~: kosong\n2015-03-02: tanggal\n? !!binary aGFsbw==\n: berkas\n",
    "tanggal: 0000-00-00\nangka: 1" + "2" * 5000 + "\n",
    "x: !!python/object:os.system {}\n",
    "? [a, b]\n: kunci daftar\n",
    "? {a: 1}\n: kunci peta\n",
    "nilai: =\n",
    "gabung: <<\n",
    "daftar: &l [satu, *l]\n",
    "- satu\n- {a: 1, a: 2}\n- [1, [2, [3]]]\n",
    "a: &x 12\nb: *x\nc: &t 2015-03-02 10:00:00 +07:00\nd: *t\ne: &f .nan\nf: *f\ng: !!timestamp 2015-03-02\n",
    "a: 2015-03-02\nb: 2015-03-02\nc: 0000-00-00\nd: 0000-00-00\ne: !!str 2015-03-02\nf: '2015-03-02'\n",
    "a: 2015-03-02 10:00:00.1234567890123456789012345678901234567890 +07:00\nb: yes\nc: " + "y" * 41 + "\n",
]


def load(loader_class, raw):
    """What ``loader_class`` makes of ``raw``: the repr of its data and the duplicate-key
    reports, or the error."""
    loader = loader_class(raw)
    try:
        return repr(loader.get_single_data()), loader.duplicates
    except yaml.YAMLError as error:
        return str(error)
    finally:
        loader.dispose()


@pytest.mark.parametrize("raw", CONSTRUCTED, ids=range(len(CONSTRUCTED)))
def test_front_matter_values_are_constructed_as_pyyaml_constructs_them(raw):
    """The first time and again, when tags and dates of its texts are remembered."""
    assert load(FrontMatterLoader, raw) == load(PyYamlOnly, raw)
    assert load(FrontMatterLoader, raw) == load(PyYamlOnly, raw)


#: Plain values of every type a plain value resolves to, and near misses.
SCALAR_TEXTS = st.sampled_from(
    ["", "~", "null", "Null", "yes", "No", "on", "OFF", "y", "n", "0", "-0", "+12", "0x1F", "0o17", "0777", "1_000",
     "1:30", "0b101", "3.5e+2", ".inf", "-.Inf", ".NaN", "1.", "2015-03-02", "2015-3-2", "2015-03-02 10:00:00 +07:00",
     "2015-03-02t10:00:00.5Z", "0000-00-00", "2015-13-40", "=", "<<", "judul", "12 Juta", "2015-03-02 pagi"]
)


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "yes", "1", "2015-03-02"]), SCALAR_TEXTS), max_size=8))
def test_remembered_tags_and_dates_are_those_pyyaml_gives(entries):
    """Whatever the loader remembers from texts seen before, each mapping of plain values
    (repeated texts, keys of any type, duplicates) is constructed as PyYAML constructs it."""
    raw = "".join(f"{key}: {value}\n" for key, value in entries) or "{}"
    assert load(FrontMatterLoader, raw) == load(PyYamlOnly, raw)


def test_remembered_texts_are_bounded(monkeypatch):
    """Only so many tags and dates are remembered; past that, values are still right."""
    monkeypatch.setattr(yaml_loader, "_REMEMBERED_TEXTS", 3)
    monkeypatch.setattr(yaml_loader, "_PLAIN_TAGS", {})
    monkeypatch.setattr(yaml_loader, "_MOMENTS", {})
    raw = "".join(f"k{day}: 2015-03-{day:02}\n" for day in range(1, 10))
    assert load(FrontMatterLoader, raw) == load(PyYamlOnly, raw)
    assert len(yaml_loader._PLAIN_TAGS) == len(yaml_loader._MOMENTS) == 3


def test_tags_are_resolved_without_path_resolvers():
    """The loader resolves tags without PyYAML's path resolvers (nor tracks the path for
    them): there must be none."""
    assert not FrontMatterLoader.yaml_path_resolvers
