"""Streams cut into segments (HLS, DASH, or a folder of them), read as one clip.

Platforms store and serve video as an initialisation segment plus media segments (fragmented MP4: ``init.mp4`` +
``*.m4s``), or as MPEG-TS segments, listed by an HLS playlist (``.m3u8``) or a DASH manifest (``.mpd``). Joined in
order, the bytes are one playable file, and that is what is verified. Only local files are read: a playlist that
names a URL, an absolute path or a file outside its own folder is refused, never fetched or followed.

A master HLS playlist or a DASH manifest with several renditions: the highest-bandwidth video one is taken.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from clipseal.errors import BadInputError
from clipseal.inputs import check_input_file

PLAYLISTS = (".m3u8", ".mpd")
SEGMENT_SUFFIXES = (".m4s", ".ts", ".cmfv")  # what a folder of segments holds (besides one init segment)
MAX_SEGMENTS = 20_000
MAX_PLAYLIST_BYTES = 8 << 20


@dataclass(frozen=True)
class SegmentSet:
    kind: str  # "HLS", "DASH" or "folder"
    source: Path  # the playlist, manifest or folder given
    init: Path | None
    segments: tuple[Path, ...]

    @property
    def suffix(self) -> str:
        return ".ts" if self.init is None and self.segments[0].suffix.lower() == ".ts" else ".mp4"

    def describe(self) -> str:
        n = len(self.segments)
        return f"{self.kind} stream of {n} segment{'s' if n != 1 else ''}" + (" with an initialisation segment"
                                                                          if self.init else "")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "count": len(self.segments), "init": self.init.name if self.init else None,
                "first": self.segments[0].name, "last": self.segments[-1].name}


def is_segmented(path: str | Path) -> bool:
    """Whether ``path`` names a playlist, a manifest or a folder (which must then hold segments)."""
    p = Path(path)
    return p.suffix.lower() in PLAYLISTS or p.is_dir()


def find_segments(path: str | Path) -> SegmentSet:
    """The segments ``path`` stands for, in play order; BadInputError when there are none or a reference is not a
    local file beside the playlist."""
    p = Path(path)
    if p.is_dir():
        lists = sorted(q for q in p.iterdir() if q.suffix.lower() in PLAYLISTS and q.is_file())
        if len(lists) > 1:
            masters = [q for q in lists if q.suffix.lower() == ".m3u8" and "#EXT-X-STREAM-INF" in _text(q)]
            lists = masters[:1] or [q for q in lists if q.suffix.lower() == ".mpd"][:1] or lists[:1]
        if lists:
            return find_segments(lists[0])
        return _folder(p)
    check_input_file(p)
    if p.suffix.lower() == ".m3u8":
        return _hls(p)
    if p.suffix.lower() == ".mpd":
        return _dash(p)
    raise BadInputError(f"{p}: not a playlist (.m3u8) or a DASH manifest (.mpd)")


def join(segments: SegmentSet, dest: Path) -> Path:
    """Write the initialisation segment and the media segments, in order, into ``dest``."""
    with open(dest, "wb") as out:
        for part in ((segments.init,) if segments.init else ()) + segments.segments:
            with open(check_input_file(part), "rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
    return dest


@contextlib.contextmanager
def as_one_file(path: str | Path) -> Iterator[tuple[Path, SegmentSet | None]]:
    """(a file to read, the segments it joins): ``path`` itself for a plain file; for a playlist, a manifest or a
    folder of segments, its segments joined into a temporary file, removed on exit."""
    p = Path(path)
    if not is_segmented(p):
        yield p, None
        return
    segments = find_segments(p)
    with tempfile.TemporaryDirectory(prefix="clipseal-segments-") as tmp:
        yield join(segments, Path(tmp) / f"joined{segments.suffix}"), segments


# ------------------------------------------------------------------------------------------------ HLS
def _hls(p: Path) -> SegmentSet:
    lines = [line.strip() for line in _text(p).splitlines() if line.strip()]
    if not lines or lines[0] != "#EXTM3U":
        raise BadInputError(f"{p}: not an HLS playlist (no #EXTM3U header)")
    variants = []
    for i, line in enumerate(lines):
        if line.startswith("#EXT-X-STREAM-INF"):
            bandwidth = re.search(r"(?:^|[:,])BANDWIDTH=(\d+)", line)
            uri = next((x for x in lines[i + 1:] if not x.startswith("#")), None)
            if uri:
                variants.append((int(bandwidth.group(1)) if bandwidth else 0, uri))
    if variants:  # a master playlist: the best rendition
        return _hls(_local(p, max(variants)[1]))
    init = None
    segments = []
    for line in lines:
        if line.startswith("#EXT-X-MAP"):
            uri = re.search(r'URI="([^"]+)"', line)
            if uri is None:
                raise BadInputError(f"{p}: #EXT-X-MAP without a URI")
            if init is not None and _local(p, uri.group(1)) != init:
                raise BadInputError(f"{p}: more than one initialisation segment (a discontinuity) is not supported")
            init = _local(p, uri.group(1))
        elif line.startswith("#EXT-X-KEY") and "METHOD=NONE" not in line:
            raise BadInputError(f"{p}: encrypted segments (#EXT-X-KEY) cannot be verified")
        elif line.startswith("#EXT-X-BYTERANGE"):
            raise BadInputError(f"{p}: byte-range segments are not supported; give the file they index")
        elif not line.startswith("#"):
            segments.append(_local(p, line))
    return _checked(SegmentSet("HLS", p, init, tuple(segments)))


# ----------------------------------------------------------------------------------------------- DASH
def _dash(p: Path) -> SegmentSet:
    try:
        root = ET.fromstring(_text(p))
    except ET.ParseError as exc:
        raise BadInputError(f"{p}: not a DASH manifest ({exc})") from None
    ns = {"d": root.tag[1:].split("}")[0]} if root.tag.startswith("{") else {"d": ""}
    q = (lambda tag: f"d:{tag}") if ns["d"] else (lambda tag: tag)
    find = (lambda el, tag: el.findall(q(tag), ns)) if ns["d"] else (lambda el, tag: el.findall(tag))
    best = None
    for period in find(root, "Period")[:1]:  # one period: several would be separate programmes
        for aset in find(period, "AdaptationSet"):
            kind = (aset.get("contentType") or aset.get("mimeType") or "").lower()
            reps = find(aset, "Representation")
            if "audio" in kind or "text" in kind or (reps and "audio" in (reps[0].get("mimeType") or "").lower()):
                continue
            for rep in reps or [aset]:
                bw = int(rep.get("bandwidth") or 0)
                if best is None or bw > best[0]:
                    best = (bw, aset, rep)
    if best is None:
        raise BadInputError(f"{p}: no video representation in the DASH manifest")
    _, aset, rep = best
    rid = rep.get("id") or ""
    seg_list = (find(rep, "SegmentList") or find(aset, "SegmentList"))
    if seg_list:
        init_el = find(seg_list[0], "Initialization")
        init = _local(p, init_el[0].get("sourceURL")) if init_el and init_el[0].get("sourceURL") else None
        segments = [_local(p, s.get("media") or "") for s in find(seg_list[0], "SegmentURL")]
        return _checked(SegmentSet("DASH", p, init, tuple(segments)))
    template = (find(rep, "SegmentTemplate") or find(aset, "SegmentTemplate"))
    if not template:
        raise BadInputError(f"{p}: only SegmentTemplate and SegmentList manifests are supported")
    t = template[0]
    fill = (lambda pattern, number=None, time=None: _fill(pattern, rid, rep.get("bandwidth"), number, time))
    init = _local(p, fill(t.get("initialization"))) if t.get("initialization") else None
    media = t.get("media") or ""
    number = int(t.get("startNumber") or 1)
    segments = []
    timeline = find(t, "SegmentTimeline")
    if timeline:
        time = 0
        for s in find(timeline[0], "S"):
            time = int(s.get("t") or time)
            for _ in range(int(s.get("r") or 0) + 1):
                segments.append(_local(p, fill(media, number, time)))
                number, time = number + 1, time + int(s.get("d") or 0)
                if len(segments) > MAX_SEGMENTS:
                    raise BadInputError(f"{p}: more than {MAX_SEGMENTS} segments")
    else:  # numbered segments: as many as there are files
        while len(segments) <= MAX_SEGMENTS:
            candidate = _local(p, fill(media, number))
            if not candidate.is_file():
                break
            segments.append(candidate)
            number += 1
    return _checked(SegmentSet("DASH", p, init, tuple(segments)))


def _fill(pattern: str, rid: str, bandwidth: str | None, number: int | None, time: int | None) -> str:
    def one(m: re.Match) -> str:
        name, fmt = m.group(1), m.group(2)
        value = {"RepresentationID": rid, "Bandwidth": bandwidth, "Number": number, "Time": time}.get(name)
        if name == "":
            return "$"
        if value is None:
            raise BadInputError(f"segment template identifier ${name}$ cannot be filled")
        return (fmt % int(value)) if fmt else str(value)

    return re.sub(r"\$(RepresentationID|Bandwidth|Number|Time|)(%0\d+d)?\$", one, pattern)


# --------------------------------------------------------------------------------------------- folder
def _folder(p: Path) -> SegmentSet:
    files = [q for q in p.iterdir() if q.is_file()]
    inits = [q for q in files if q.stem.lower().startswith("init") and q.suffix.lower() in (".mp4", ".m4s", ".cmfv")]
    media = [q for q in files if q.suffix.lower() in SEGMENT_SUFFIXES and q not in inits]
    if not media or len(inits) > 1:
        raise BadInputError(f"{p}: is a folder, not a file (give a clip, a playlist, or a folder of segments with "
                            "at most one init segment)")
    return _checked(SegmentSet("folder", p, inits[0] if inits else None, tuple(sorted(media, key=_natural))))


def _natural(q: Path) -> list:
    return [int(x) if x.isdigit() else x.lower() for x in re.split(r"(\d+)", q.name)]


# ------------------------------------------------------------------------------------------- helpers
def _text(p: Path) -> str:
    if p.stat().st_size > MAX_PLAYLIST_BYTES:
        raise BadInputError(f"{p}: playlist larger than {MAX_PLAYLIST_BYTES >> 20} MB")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputError(f"{p}: playlist is not UTF-8 text") from None


def _local(playlist: Path, ref: str) -> Path:
    """A segment a playlist names, as a file in the playlist's folder (or below it); anything else is refused."""
    if not ref or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", ref) or ref.startswith(("/", "\\")):
        raise BadInputError(f"{playlist}: names {ref[:80]!r}, not a local file beside it (URLs and absolute paths "
                            "are not fetched)")
    folder = playlist.parent.resolve()
    target = (folder / ref.split("?")[0].split("#")[0]).resolve()
    if folder not in target.parents:
        raise BadInputError(f"{playlist}: names {ref[:80]!r}, outside its own folder")
    return target


def _checked(s: SegmentSet) -> SegmentSet:
    if not s.segments:
        raise BadInputError(f"{s.source}: lists no media segments")
    if len(s.segments) > MAX_SEGMENTS:
        raise BadInputError(f"{s.source}: more than {MAX_SEGMENTS} segments")
    for part in ((s.init,) if s.init else ()) + s.segments:
        if not part.is_file():
            raise BadInputError(f"{s.source}: segment {part.name} is missing")
    return s
