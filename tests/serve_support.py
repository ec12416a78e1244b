"""An archive of ``samples/`` plus web fixtures, and a running ``arsip serve`` over it in a thread."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from arsip.index.build import index_paths
from arsip.web.app import WebApp
from arsip.web.server import WebServer

from .conftest import SAMPLES

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_FILE = "catatan #1 & 100%.md"
HOSTILE_ID = "catatan #1 & 100%25.md"  # a literal % in a file name is %25 in its id
RADIO_POSTS = 24  # more than two pages of ten


def write_fixtures(folder: Path) -> Path:
    """Radio posts over five years in two categories, and one hostile document."""
    posts = folder / "_posts"
    posts.mkdir(parents=True)
    for number in range(RADIO_POSTS):
        year = 2012 + number % 5
        category = "Radio Komunitas" if number % 3 else "Pelatihan Jurnalistik"
        (posts / f"{year}-0{number % 9 + 1}-1{number % 9}-radio-{number}.md").write_text(
            f"---\ntitle: Siaran radio komunitas ke-{number} di desa\ndate: {year}-0{number % 9 + 1}-1{number % 9}\n"
            f"categories: [{category}]\ntags: [siaran, warga]\n---\n"
            f"Radio komunitas warga desa ke-{number} menyiarkan kabar panen dan musyawarah desa. "
            f"Para penyiar mengikuti pelatihan jurnalistik warga.\n",
            encoding="utf-8",
        )
    (folder / HOSTILE_FILE).write_text(
        f"---\ntitle: \"{HOSTILE_TITLE}\"\ndate: 2014-05-06\n"
        "categories: ['\"><img src=x onerror=alert(2)>']\n"
        "tags: [\"kutip ' dan \\\" ganda\"]\n"
        "catatan: \"<b onmouseover=alert(3)>tebal</b>\"\n---\n"
        "Naskah siaran radio tentang &lt;script&gt;alert(4)&lt;/script&gt; dan tanda \x07 bel.\n",
        encoding="utf-8",
    )
    return folder


def build_archive(folder: Path) -> Path:
    """Index ``samples/`` and the fixtures into ``folder/index``."""
    directory = folder / "index"
    index_paths(directory, [str(SAMPLES), str(write_fixtures(folder / "fixtures"))], procs=1)
    return directory


@contextmanager
def running_server(*directories: Path) -> Iterator[WebServer]:
    """``arsip serve`` over ``directories`` on a free port of 127.0.0.1, in a thread."""
    app = WebApp(*directories)
    server = WebServer(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        app.close()
