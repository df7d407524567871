"""Run an iterator ahead of its consumer on a thread, so that producing the next item (decoding and marking a
frame) overlaps consuming this one (encoding it).

x264 and FFmpeg's decoders do their work with the GIL released, and so do most of numpy's and OpenCV's array
operations, so on two cores a decode-mark-encode loop split this way takes less wall time than one loop doing
all three in turn. An exception in the producer is raised in the consumer, at the item where it happened; a
consumer that stops early stops the producer.
"""

from __future__ import annotations

import queue
import threading
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

_END = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def run_ahead(items: Iterable[T], depth: int = 8) -> Iterator[T]:
    """Yield ``items`` in order while a thread produces up to ``depth`` of them ahead."""
    q: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(x) -> bool:
        while not stop.is_set():
            try:
                q.put(x, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for x in items:
                if not put(x):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            put(_Failed(exc))
            return
        put(_END)

    thread = threading.Thread(target=produce, name="clipseal-ahead", daemon=True)
    thread.start()
    try:
        while True:
            x = q.get()
            if x is _END:
                return
            if isinstance(x, _Failed):
                raise x.error
            yield x
    finally:
        stop.set()
        thread.join()
