"""PyYAML's safe loader for front matter: reports duplicate keys, keeps values that are not
real dates or integers as text, and skips PyYAML's per-node bookkeeping where it makes no
difference to the result.

What it constructs is exactly what PyYAML's safe loader constructs (the tests compare
the two); only the duplicate-key reports and the two kinds of text values are arsip's.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

_STR_TAG = "tag:yaml.org,2002:str"
#: Tags other than text that plain values resolve to, whose values hold no other node.
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("null", "bool", "int", "float", "timestamp"))
#: Keys that make PyYAML rewrite a mapping before constructing it (``<<`` and ``=``).
_REWRITTEN_KEY_TAGS = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")


class FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (C-accelerated when available) that reports duplicate keys in
    :attr:`duplicates`."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates: list[str] = []

    def resolve(self, kind, value, implicit):
        """The tag of a node without an explicit one, as PyYAML resolves it (this loader has
        no path resolvers). A plain value's tag depends on its text alone, so the tags of
        short ones (keys, and values that repeat from page to page) are remembered."""
        if kind is not ScalarNode:
            return self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG
        if not implicit[0]:
            return self.DEFAULT_SCALAR_TAG
        if len(value) > _REMEMBERED_CHARS:
            return _plain_tag(value)
        tag = _PLAIN_TAGS.get(value)
        if tag is None:
            tag = _plain_tag(value)
            _remember(_PLAIN_TAGS, value, tag)
        return tag

    def descend_resolver(self, current_node, current_index):
        """Nothing to track: PyYAML's path resolvers are the only users, and there are none."""

    def ascend_resolver(self):
        """Nothing to track (see :meth:`descend_resolver`)."""

    def construct_object(self, node, deep=False):
        """A scalar of a type that a plain value resolves to (most front-matter values: text,
        numbers, dates, booleans, null) as PyYAML constructs it, without PyYAML's bookkeeping
        for every node; other nodes as PyYAML constructs them. The bookkeeping keeps the one
        object of a node that aliases repeat, and stops nodes that contain themselves:
        neither can matter to these values, which contain nothing and cannot be changed."""
        if type(node) is ScalarNode:
            if node.tag == _STR_TAG:
                return node.value
            if node.tag in _SCALAR_TAGS:
                return self._construct_scalar_of_tag(node)
        return super().construct_object(node, deep=deep)

    def _construct_scalar_of_tag(self, node):
        """A scalar of :data:`_SCALAR_TAGS` as PyYAML constructs it. A value its explicit tag
        does not fit (``!!float abc``, ``!!bool mungkin``) makes PyYAML's constructors fail
        with a Python error, not a YAML one; it is a YAML error here, so the front matter is
        recovered as any other invalid YAML is, not the file failed."""
        try:
            return self.yaml_constructors[node.tag](self, node)
        except (ValueError, KeyError, AttributeError):
            raise ConstructorError(None, None, f"{node.value!r} is not a value of its tag {node.tag}", node.start_mark) from None

    def construct_mapping(self, node, deep=False):
        """A mapping as PyYAML constructs it, its duplicate keys reported. A mapping without
        merge (``<<``) or value (``=``) keys, which PyYAML rewrites first, is constructed in
        one pass over its entries, as PyYAML's own loop does after that rewrite."""
        if not isinstance(node, MappingNode):
            return super().construct_mapping(node, deep=deep)  # PyYAML's error
        self.report_duplicates(node)
        if any(key_node.tag in _REWRITTEN_KEY_TAGS for key_node, _ in node.value):
            return super().construct_mapping(node, deep=deep)
        mapping = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if type(key) is not str and not isinstance(key, Hashable):
                raise ConstructorError("while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def report_duplicates(self, node: MappingNode) -> None:
        """Add a message to :attr:`duplicates` for each key of ``node`` given before."""
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                if key_node.value in seen:
                    self.duplicates.append(
                        f"duplicate key {key_node.value!r} at line {key_node.start_mark.line + 1}; the last value is kept"
                    )
                seen.add(key_node.value)

    def construct_yaml_timestamp(self, node):
        """A timestamp as PyYAML constructs it, but one that is not a real date
        (``0000-00-00``) stays text, for the date normalizer to report, instead of failing
        the whole front matter. The same text always gives an equal date (or text), which
        cannot be changed, so those of short texts (pages often share a date) are remembered."""
        moment = _MOMENTS.get(node.value)
        if moment is None:
            try:
                moment = super().construct_yaml_timestamp(node)
            except ValueError:
                moment = self.construct_scalar(node)
            _remember(_MOMENTS, node.value, moment)
        return moment

    def construct_yaml_int(self, node):
        """An integer too long for Python to convert (over 4,300 digits) stays text."""
        try:
            return super().construct_yaml_int(node)
        except ValueError:
            return self.construct_scalar(node)


FrontMatterLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, FrontMatterLoader.construct_mapping)
FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", FrontMatterLoader.construct_yaml_timestamp)
FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", FrontMatterLoader.construct_yaml_int)

#: PyYAML's implicit resolvers of values that start with any character (none in PyYAML's
#: own tables), tried after those of a value's first character.
_ANY_FIRST_RESOLVERS = tuple(FrontMatterLoader.yaml_implicit_resolvers.get(None, ()))
#: The implicit resolvers PyYAML tries for a value by its first character ("" for an empty value).
_IMPLICIT_RESOLVERS = {
    first: (*resolvers, *_ANY_FIRST_RESOLVERS)
    for first, resolvers in FrontMatterLoader.yaml_implicit_resolvers.items()
    if first is not None
}
#: What is remembered of texts this long or shorter, at most this many of each kind.
_REMEMBERED_CHARS = 40
_REMEMBERED_TEXTS = 20_000
#: The tags of plain values, and the values of timestamps, by their text.
_PLAIN_TAGS: dict[str, str] = {}
_MOMENTS: dict[str, Any] = {}


def _remember(memory: dict[str, Any], text: str, value: Any) -> None:
    """Keep ``value`` in ``memory`` as that of ``text``, when the text is short enough and
    the memory has room."""
    if len(text) <= _REMEMBERED_CHARS and len(memory) < _REMEMBERED_TEXTS:
        memory[text] = value


def _plain_tag(value: str) -> str:
    """The tag PyYAML resolves a plain (unquoted) value to, trying the implicit resolvers
    of its first character."""
    for tag, regexp in _IMPLICIT_RESOLVERS.get(value[:1], _ANY_FIRST_RESOLVERS):
        if regexp.match(value):
            return tag
    return FrontMatterLoader.DEFAULT_SCALAR_TAG
