"""`arsip serve` over the shared corpus, next to in-process and command-line search in the same run.

api:         `/api/search` latency (median, p95) of the development queries, one client,
             next to the same searches (same request, facets included) run warm in process;
concurrent:  20 clients for 30 seconds, each sending the queries to `/api/search` and the
             search page in turn over its own keep-alive connection: requests, errors, p95;
start-up:    `arsip serve` from launch to its first answer to `/api/search` (and to the
             search page) next to a cold `arsip search` process of the same query.

Only 127.0.0.1 is ever contacted.

    python bench/serve.py [--seconds 30] [--clients 20]
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, EVAL, emit, require, run_phase  # noqa: E402
from bench.index import COLD_QUERY, cold_process  # noqa: E402

ARSIP = str(Path(sys.executable).with_name("arsip"))
ROUNDS = 5  # each query is asked this many times for the latency figures


def queries() -> list[str]:
    """The development queries."""
    return [line.split("\t")[1] for line in (EVAL / "queries.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def phase_in_process(directory: str) -> None:
    """Warm in-process searches: the request `/api/search` makes, facets included."""
    from arsip.index.search import Archive, SearchRequest

    with Archive(Path(directory)) as archive:
        for query in queries():  # warm up
            archive.search(SearchRequest(query, facets=True))
        times = []
        for query in queries() * ROUNDS:
            started = time.perf_counter()
            archive.search(SearchRequest(query, facets=True))
            times.append((time.perf_counter() - started) * 1000)
    emit(ms=times)


class Server:
    """`arsip serve` on a free port of 127.0.0.1, in its own process."""

    def __init__(self, directory: str) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen([ARSIP, "serve", "--index", directory, "--port", "0"], stderr=subprocess.PIPE, text=True)
        for line in self.process.stderr:
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                self.url = found.group(1)
                break
        else:
            raise RuntimeError(f"arsip serve did not start (exit {self.process.wait()})")
        address = urlsplit(self.url)
        self.host, self.port = address.hostname, address.port

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=60)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def get(connection: http.client.HTTPConnection, target: str) -> int:
    """One GET over a keep-alive connection; the status."""
    connection.request("GET", target)
    response = connection.getresponse()
    response.read()
    return response.status


def api_target(query: str) -> str:
    return "/api/search?" + urlencode({"q": query})


def api_latency(server: Server) -> list[float]:
    connection = server.connection()
    for query in queries():  # warm up
        get(connection, api_target(query))
    times = []
    for query in queries() * ROUNDS:
        started = time.perf_counter()
        assert get(connection, api_target(query)) == 200
        times.append((time.perf_counter() - started) * 1000)
    connection.close()
    return times


def concurrent_load(server: Server, clients: int, seconds: float) -> dict:
    """``clients`` threads asking in turn for the API and the page until ``seconds`` pass."""
    targets = [target for query in queries() for target in (api_target(query), "/?" + urlencode({"q": query}))]
    deadline = time.perf_counter() + seconds
    times: list[float] = []
    errors: list[str] = []

    def client(offset: int) -> None:
        connection = server.connection()
        number = offset
        while time.perf_counter() < deadline:
            target = targets[number % len(targets)]
            number += 1
            started = time.perf_counter()
            try:
                status = get(connection, target)
            except (OSError, http.client.HTTPException) as error:
                errors.append(f"{type(error).__name__}: {error}")
                connection.close()
                connection = server.connection()
                continue
            times.append((time.perf_counter() - started) * 1000)
            if status != 200:
                errors.append(f"status {status} for {target}")
        connection.close()

    threads = [threading.Thread(target=client, args=(number * 3,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"requests": len(times), "errors": errors, "ms": times}


def first_answer(directory: str, target: str) -> float:
    """Median seconds from launching `arsip serve` to its first answer to ``target``
    (five runs after an untimed one)."""
    times = []
    for _ in range(6):
        server = Server(directory)
        while True:
            try:
                connection = server.connection()
                if get(connection, target) == 200:
                    break
            except ConnectionError:
                time.sleep(0.002)
        times.append(time.perf_counter() - server.started)
        connection.close()
        server.stop()
    return statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["in-process"])
    parser.add_argument("--dir")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the concurrent run")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    args = parser.parse_args()
    require(CORPUS)
    require(EVAL)
    if args.phase == "in-process":
        return phase_in_process(args.dir)
    with tempfile.TemporaryDirectory() as temporary:
        directory = str(Path(temporary) / "index")
        subprocess.run([ARSIP, "index", str(CORPUS), "--index", directory], check=True, capture_output=True)
        in_process = run_phase(__file__, "in-process", "--dir", directory)["ms"]
        server = Server(directory)
        try:
            api = api_latency(server)
            load = concurrent_load(server, args.clients, args.seconds)
        finally:
            server.stop()
        startup_api = first_answer(directory, api_target(COLD_QUERY))
        startup_page = first_answer(directory, "/?" + urlencode({"q": COLD_QUERY}))
        cold_search = cold_process([ARSIP, "search", COLD_QUERY, "--index", directory])
    print(f"warm in-process search (facets)  median {statistics.median(in_process):6.1f} ms  p95 {p95(in_process):6.1f} ms")
    print(f"/api/search, one client          median {statistics.median(api):6.1f} ms  p95 {p95(api):6.1f} ms"
          f"  ({p95(api) / p95(in_process):.2f}x in-process p95; target <= 1.5x)")
    errors = load["errors"]
    print(f"{args.clients} clients for {args.seconds:.0f} s (API + page)   {load['requests']:,} requests  {load['requests'] / args.seconds:6.1f}/s"
          f"  errors {len(errors)}  median {statistics.median(load['ms']):6.1f} ms  p95 {p95(load['ms']):6.1f} ms")
    for error in sorted(set(errors))[:5]:
        print(f"  error: {error}")
    print(f"cold `arsip search` process      {cold_search:6.2f} s")
    print(f"`arsip serve` to first API answer {startup_api:5.2f} s  ({startup_api / cold_search:.2f}x the cold search; target <= 2x)")
    print(f"`arsip serve` to first page      {startup_page:6.2f} s  ({startup_page / cold_search:.2f}x)")


if __name__ == "__main__":
    main()
