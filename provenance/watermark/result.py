"""What a watermark detection reports: per-segment presence, the payload, how it was found and how the clip was
turned back (mirrored, turned, squeezed, shown as an inset) to read it."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from provenance.watermark.sync import ORIENTATION, Sync


@dataclass
class Segment:
    start_s: float
    end_s: float
    present: bool
    z: float | None


@dataclass
class WatermarkDetection:
    """Result of a detection. ``p_value``: probability that an unmarked clip gives a detection this strong
    (1.0 when nothing was detected). ``segments``: presence per 0.5 s. ``method`` says how the payload was
    found: ``decoded`` (read blind from the pixels, tag checked) or ``matched`` (one of the registry's
    payloads, tested by correlation when blind decoding fell short)."""

    present: bool
    payload: str | None
    p_value: float
    z: float | None
    segments: list[Segment]
    key_id: str
    frames: int = 0
    attempts: int = 0
    period_px: float | None = None
    method: str | None = None  # "decoded": payload read from the pixels; "matched": a registry payload matched
    candidates: int = 0  # known payloads the clip was tested against (0: blind decoding sufficed or none known)
    orientation: str | None = None  # "as marked", or how the clip was mirrored or flipped since
    inset: list[int] | None = None  # [x, y, width, height]: the marked clip is shown inside this part of the frame

    def to_dict(self) -> dict:
        d = asdict(self)
        d["marked_ranges_s"] = [list(r) for r in self.marked_ranges_s]
        return d

    @property
    def marked_ranges_s(self) -> list[tuple[float, float]]:
        """Contiguous runs of marked segments, as (start, end) in seconds."""
        runs: list[tuple[float, float]] = []
        for seg in self.segments:
            if seg.present and runs and abs(runs[-1][1] - seg.start_s) < 1e-6:
                runs[-1] = (runs[-1][0], seg.end_s)
            elif seg.present:
                runs.append((seg.start_s, seg.end_s))
        return runs


def orientation(sync: Sync) -> str:
    """How the found mark was turned back: "as marked", "mirrored left-right", "turned +2.00 degrees", or a mirror
    and a turn together."""
    if sync.aspect != 1.0:
        return f"aspect ratio changed (width x{1 / sync.aspect:.2f})"
    if not sync.angle:
        return ORIENTATION[sync.flip]
    turn = f"turned {sync.angle:+.2f} degrees"
    return turn if not any(sync.flip) else f"{ORIENTATION[sync.flip]}, {turn}"
