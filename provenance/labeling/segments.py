"""The generated segments of an edited film: from a JSON list or a CMX3600 EDL.

segments.json:

    {"segments": [{"start": 12.0, "end": 15.5, "generator": "Sora", "source": "shots/gen_014.mp4"}, ...]}

(a bare list of such objects works too; ``start``/``end`` in seconds on the film's timeline, or as
``HH:MM:SS:FF`` / ``HH:MM:SS.mmm`` strings). A CMX3600 EDL gives the same through its events' record-in
and record-out timecodes; events whose source reel starts with ``AI``, ``GEN`` or ``KI``, or whose comment
lines say AI/GEN/GENERATED/KI (or all events, when none is marked), are the generated segments.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from clipseal.errors import BadInputError

_TC = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2})([:;.])(\d{1,3})$")


@dataclass(frozen=True)
class Segment:
    start_s: float
    end_s: float
    generator: str | None = None
    source: Path | None = None


def parse_time(value, fps: float, where: str) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    m = _TC.match(str(value).strip())
    if not m:
        raise BadInputError(f"{where}: {value!r} is not a time (seconds, HH:MM:SS:FF or HH:MM:SS.mmm)")
    h, mi, s, sep, frac = m.groups()
    base = int(h) * 3600 + int(mi) * 60 + int(s)
    return base + (float("0." + frac) if sep == "." else int(frac) / fps)


def load(path: str | Path, fps: float, duration_s: float | None) -> list[Segment]:
    """Read segments from JSON or an EDL, check them against the film, and merge overlaps."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BadInputError(f"{p}: segments file does not exist") from exc
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{p}: segments file is not text") from exc
    segments = _from_edl(text, fps, p) if p.suffix.lower() == ".edl" or text.lstrip().startswith("TITLE:") \
        else _from_json(text, fps, p)
    if not segments:
        raise BadInputError(f"{p}: no segments listed")
    for s in segments:
        if s.end_s <= s.start_s:
            raise BadInputError(f"{p}: segment {s.start_s:.2f}-{s.end_s:.2f} s ends before it starts")
        if s.start_s < 0 or (duration_s is not None and s.start_s >= duration_s):
            raise BadInputError(f"{p}: segment {s.start_s:.2f}-{s.end_s:.2f} s lies outside the film "
                                f"(0-{duration_s or 0:.2f} s)")
        if s.source is not None and not s.source.is_file():
            raise BadInputError(f"{p}: source clip {s.source} does not exist")
    return sorted(segments, key=lambda s: s.start_s)


def _from_json(text: str, fps: float, p: Path) -> list[Segment]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BadInputError(f"{p}: not valid JSON ({exc})") from exc
    items = data.get("segments") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise BadInputError(f'{p}: expected a list of segments or {{"segments": [...]}}')
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "start" not in item or "end" not in item:
            raise BadInputError(f"{p}: segment {i + 1} needs a start and an end")
        source = item.get("source")
        out.append(Segment(parse_time(item["start"], fps, f"{p} segment {i + 1}"),
                           parse_time(item["end"], fps, f"{p} segment {i + 1}"),
                           item.get("generator"),
                           (p.parent / source).resolve() if source else None))
    return out


_EVENT = re.compile(r"^\s*(\d{3,6})\s+(\S+)\s+(\S+)\s+(\S+)\s+(?:(\d+)\s+)?"
                    r"(\d{2}:\d{2}:\d{2}[:;]\d{2})\s+(\d{2}:\d{2}:\d{2}[:;]\d{2})\s+"
                    r"(\d{2}:\d{2}:\d{2}[:;]\d{2})\s+(\d{2}:\d{2}:\d{2}[:;]\d{2})\s*$")


def _from_edl(text: str, fps: float, p: Path) -> list[Segment]:
    """CMX3600: event, reel, track, transition, [duration], src in, src out, rec in, rec out; the record
    times are on the programme timeline, which by convention may start at 01:00:00:00 (taken as zero
    when the first event starts there)."""
    events = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _EVENT.match(line)
        if not m:
            continue
        reel, track = m.group(2), m.group(3)
        if not track.upper().startswith("V"):
            continue
        comment = " ".join(lines[j] for j in range(i + 1, min(i + 4, len(lines)))
                           if lines[j].lstrip().startswith("*"))
        marked = reel.upper().startswith(("AI", "GEN", "KI")) or bool(
            re.search(r"\b(AI|GEN|GENERATED|AI-GENERATED|KI|KI-GENERIERT)\b", comment, re.IGNORECASE))
        events.append((parse_time(m.group(8), fps, str(p)), parse_time(m.group(9), fps, str(p)), marked, comment))
    if not events:
        raise BadInputError(f"{p}: no video events found in the EDL")
    offset = 3600.0 if min(e[0] for e in events) >= 3600.0 else 0.0
    chosen = [e for e in events if e[2]] or events
    return [Segment(a - offset, b - offset, "EDL: " + c.strip("* ").strip() if c else None) for a, b, _, c in chosen]

