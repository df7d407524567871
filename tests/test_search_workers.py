"""The watermark search's thread pool gives what a plain loop gives, in order, and cannot wait on itself."""

import threading

import numpy as np

from provenance.watermark import sync, workers
from provenance.watermark.key import WatermarkKey


def test_ordered_map_keeps_order_and_uses_threads(monkeypatch):
    monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "2")
    seen = set()

    def work(x):
        seen.add(threading.current_thread().name)
        return np.fft.irfft2(np.full((64, 64, 33), x, np.complex64), s=(64, 64)).sum()

    items = list(range(40))
    assert workers.ordered_map(work, items) == [work(x) for x in items]
    assert any(name.startswith("clipseal-search") for name in seen)
    # a call from inside the pool runs where it is instead of queueing behind itself
    nested = workers.ordered_map(lambda x: workers.ordered_map(lambda y: x * y, range(3)), range(4))
    assert nested == [[0, 0, 0], [0, 1, 2], [0, 2, 4], [0, 3, 6]]


def test_period_search_is_the_same_on_threads_and_alone(monkeypatch):
    key = WatermarkKey(bytes(range(32)))
    carriers, _ = sync.detection_carriers(key.secret)
    acc = np.random.default_rng(3).normal(size=(180, 320)).astype(np.float32)
    monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "1")
    alone = sync.candidate_periods(acc, carriers, 48.0, pixel_scale=[40.0, 53.33])
    monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "2")
    assert sync.candidate_periods(acc, carriers, 48.0, pixel_scale=[40.0, 53.33]) == alone


def test_a_forked_child_gets_its_own_pool(monkeypatch):
    import multiprocessing as mp

    monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "2")
    assert workers.ordered_map(abs, [-1, -2, -3]) == [1, 2, 3]  # the parent's pool exists now
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def run(conn):
        conn.send(workers.ordered_map(abs, [-4, -5, -6]))
        conn.close()

    proc = ctx.Process(target=run, args=(child,))
    proc.start()
    got = parent.recv() if parent.poll(20) else None
    proc.join(5)
    if proc.is_alive():
        proc.kill()
    assert got == [4, 5, 6]  # not a child waiting forever on threads it never had
