"""``run_ahead`` gives the items in order, raises the producer's error where it happened, and stops the producer
when the consumer stops."""

import threading

import pytest

from clipseal.ahead import run_ahead


def test_items_come_in_order_from_another_thread():
    where = []

    def items():
        for i in range(100):
            where.append(threading.current_thread().name)
            yield i

    assert list(run_ahead(items(), depth=3)) == list(range(100))
    assert set(where) == {"clipseal-ahead"}


def test_a_producer_error_reaches_the_consumer_after_the_good_items():
    def items():
        yield 1
        yield 2
        raise ValueError("frame 3 is corrupt")

    got = []
    with pytest.raises(ValueError, match="frame 3 is corrupt"):
        for x in run_ahead(items()):
            got.append(x)
    assert got == [1, 2]


def test_stopping_early_stops_the_producer():
    made = []

    def items():
        for i in range(10_000):
            made.append(i)
            yield i

    for x in run_ahead(items(), depth=4):
        if x == 5:
            break
    assert len(made) < 20  # it was not left running to the end
