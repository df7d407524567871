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


def test_ordered_ahead_yields_in_order_and_stops_early(monkeypatch):
    monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "2")
    started = []

    def work(x):
        started.append(x)
        return x * x

    assert list(workers.ordered_ahead(work, range(30))) == [x * x for x in range(30)]
    started.clear()
    for value in workers.ordered_ahead(work, range(30)):
        if value == 4:  # the caller found what it looked for at the third item
            break
    # only the pool's width was started beyond what the caller looked at, never the whole list
    assert 3 <= len(set(started)) <= 3 + workers.threads()


def test_blind_decoding_is_the_same_on_threads_and_alone(monkeypatch):
    """A marked frame's blind decode (periods read ahead on threads) and a rotation scan (views on threads) give
    what one thread gives: the same payload, alignment and count of tries."""
    from provenance.watermark import decode
    from provenance.watermark.rotation_scan import scan_rotations

    key = WatermarkKey(bytes(range(32)))
    carriers, decorrelate = sync.detection_carriers(key.secret)
    rng = np.random.default_rng(5)
    noise = rng.normal(size=(192, 320)).astype(np.float32)
    # a mark at a period of one detection tile, and the same turned by a degree and a half
    tile = sync.sync_for(key.secret, b"\x42" * 8, float(sync.DETECT_TILE), 0, 0.0).tile
    marked = noise + 0.1 * np.tile(tile, (3, 5)).astype(np.float32)
    turned = sync.orient(marked, (False, False), -1.5)

    def run(residual):
        blind = decode.decode_blind(key.secret, residual, [51.0, 64.0, 40.0], {64.0: sync.PRIOR_SHIFTS},
                                    carriers, decorrelate)
        found, scanned = scan_rotations(key.secret, residual, 64.0, 0.0, carriers, decorrelate)
        return (blind.attempts, blind.sync and blind.sync.payload, found, scanned.attempts,
                blind.first_guess.tolist())

    for residual in (noise, marked, turned):
        monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "1")
        alone = run(residual)
        monkeypatch.setenv("CLIPSEAL_SEARCH_THREADS", "2")
        assert run(residual) == alone
    assert run(noise)[1] is None and run(noise)[2] is None
    assert run(marked)[1] == b"\x42" * 8
    assert run(turned)[2] is not None


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
