"""Error text shared by every stage: one way to turn an OS error into a reason."""

from __future__ import annotations


def describe_os_error(error: OSError) -> str:
    """The reason an OS error gives, in lower case (``no such file or directory``)."""
    return (error.strerror or str(error)).lower()
