"""The front-matter YAML loader constructs exactly what PyYAML's safe loader constructs."""

import pytest
import yaml
from yaml.constructor import BaseConstructor, SafeConstructor
from yaml.resolver import BaseResolver

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
]


@pytest.mark.parametrize("raw", CONSTRUCTED, ids=range(len(CONSTRUCTED)))
def test_front_matter_values_are_constructed_as_pyyaml_constructs_them(raw):
    def load(loader_class):
        loader = loader_class(raw)
        try:
            return repr(loader.get_single_data()), loader.duplicates
        except yaml.YAMLError as error:
            return str(error)
        finally:
            loader.dispose()

    assert load(FrontMatterLoader) == load(PyYamlOnly)


def test_tags_are_resolved_without_path_resolvers():
    """The loader resolves tags without PyYAML's path resolvers (nor tracks the path for
    them): there must be none."""
    assert not FrontMatterLoader.yaml_path_resolvers
