"""The HTML report a verification desk attaches to its notes: one self-contained file, no external assets.

Verdict in a sentence, the evidence list, a timeline (forensic score per segment, watermark presence, ranges the
Content Credentials declare as generated, boundaries), key frames, and the C2PA manifest tree. Technical JSON is
at the end, folded.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
from pathlib import Path

import cv2

from clipseal import __version__, media
from clipseal.atomic import atomic_write_bytes
from clipseal.media.segments import as_one_file
from detector.verdict import percent

COLOURS = {"synthetic": "#b3261e", "extended": "#a05a00", "real": "#1e6b34", "inconclusive": "#4a4a4a"}
_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;
color:#1b1b1b;line-height:1.5}
h1{font-size:1.4rem;margin-bottom:.2rem} h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
.verdict{border-left:8px solid var(--c);background:#f6f6f6;padding:1rem 1.2rem;font-size:1.15rem}
.badge{display:inline-block;background:var(--c);color:#fff;font-weight:700;padding:.1rem .6rem;border-radius:4px;
text-transform:uppercase;letter-spacing:.05em}
.meta{color:#555;font-size:.9rem} ul.evidence li{margin:.3rem 0} .src{font-weight:600;text-transform:uppercase;
font-size:.8rem;color:#555;margin-right:.4rem}
.frames{display:flex;flex-wrap:wrap;gap:.6rem} figure{margin:0} figure img{max-width:220px;border:1px solid #ccc}
figcaption{font-size:.8rem;color:#555} .tree ul{margin:.2rem 0 .2rem 1.2rem} code{font-size:.85rem}
details pre{background:#f4f4f4;padding:.8rem;overflow:auto;font-size:.75rem;max-height:30rem}
"""


def _e(x) -> str:
    return html.escape(str(x))


def timeline_svg(report: dict, width: int = 900) -> str:
    duration = float(report["media"].get("duration_s") or 0) or max(
        [s["end_s"] for s in report["forensics"].get("segments", [])] or [1.0])
    left, right, top = 120, 20, 10
    plot_w = width - left - right
    x = lambda t: left + plot_w * min(max(t / duration, 0), 1)  # noqa: E731
    rows = []
    # Forensic scores: bars, 0..1, height 80.
    base, h = top + 90, 80
    rows.append(f'<text x="{left - 8}" y="{base - h / 2}" text-anchor="end" font-size="12">forensic score</text>')
    rows.append(f'<line x1="{left}" y1="{base - h / 2}" x2="{left + plot_w}" y2="{base - h / 2}" stroke="#bbb" '
                'stroke-dasharray="3,3"/>')
    for seg in report["forensics"].get("segments", []):
        s = seg["synthetic_score"]
        colour = "#b3261e" if s >= 0.75 else "#1e6b34" if s <= 0.25 else "#8a8a8a"
        rows.append(f'<rect x="{x(seg["start_s"]):.1f}" y="{base - h * s:.1f}" width="{max(1, x(seg["end_s"]) - x(seg["start_s"]) - 1):.1f}" '
                    f'height="{h * s:.1f}" fill="{colour}"><title>{seg["start_s"]:.1f}-{seg["end_s"]:.1f} s: '
                    f'synthetic score {s:.2f}</title></rect>')
    rows.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#333"/>')
    # Watermark band.
    wy = base + 14
    rows.append(f'<text x="{left - 8}" y="{wy + 11}" text-anchor="end" font-size="12">watermark</text>')
    rows.append(f'<rect x="{left}" y="{wy}" width="{plot_w}" height="14" fill="#eee"/>')
    for seg in report["watermark"].get("segments") or []:
        if seg.get("present"):
            rows.append(f'<rect x="{x(seg["start_s"]):.1f}" y="{wy}" width="{x(seg["end_s"]) - x(seg["start_s"]):.1f}" '
                        f'height="14" fill="#6a1b9a"><title>watermark present {seg["start_s"]:.1f}-{seg["end_s"]:.1f} s'
                        '</title></rect>')
    # Declared generated ranges (C2PA).
    cy = wy + 22
    rows.append(f'<text x="{left - 8}" y="{cy + 11}" text-anchor="end" font-size="12">declared (C2PA)</text>')
    rows.append(f'<rect x="{left}" y="{cy}" width="{plot_w}" height="14" fill="#eee"/>')
    for a, b in report["c2pa"].get("generated_ranges_s") or []:
        rows.append(f'<rect x="{x(a):.1f}" y="{cy}" width="{x(b) - x(a):.1f}" height="14" fill="#0b57d0">'
                    f'<title>declared generated {a:.1f}-{b:.1f} s</title></rect>')
    # Boundaries and axis.
    bottom = cy + 30
    for t in report.get("boundaries_s") or []:
        rows.append(f'<line x1="{x(t):.1f}" y1="{top}" x2="{x(t):.1f}" y2="{bottom}" stroke="#d00" stroke-width="2" '
                    f'stroke-dasharray="5,3"><title>boundary at {t:.2f} s</title></line>')
    step = max(0.5, round(duration / 10 * 2) / 2)
    t = 0.0
    while t <= duration + 1e-6:
        rows.append(f'<text x="{x(t):.1f}" y="{bottom + 14}" text-anchor="middle" font-size="11">{t:g} s</text>')
        t += step
    height = bottom + 22
    desc = "Timeline: per-segment synthetic score bars, watermark presence, declared generated ranges, boundaries."
    return (f'<svg role="img" aria-labelledby="tl-t tl-d" viewBox="0 0 {width} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="tl-t">Timeline</title><desc id="tl-d">{desc}</desc>'
            + "".join(rows) + "</svg>")


def key_frames(path: str | Path, report: dict, max_frames: int = 6, width: int = 220) -> list[tuple[float, str]]:
    """(time, JPEG data URI) at the start, at each boundary (just before and after), and at the end."""
    duration = float(report["media"].get("duration_s") or 0)
    times = [0.0]
    for b in report.get("boundaries_s") or []:
        times += [max(0.0, b - 0.3), b + 0.1]
    times.append(max(0.0, duration - 0.2))
    times = sorted({round(t, 2) for t in times})[:max_frames]
    out = []
    with as_one_file(path) as (clip, _):
        for t in times:
            out += _frame_at(clip, t, width)
    return out


def _frame_at(clip: Path, t: float, width: int) -> list[tuple[float, str]]:
    """The frame nearest ``t`` (within 0.5 s: a container's duration can run past its last frame), small, as a
    JPEG data URI."""
    frames = [(f.time_s, f.image) for f in media.read_frames(clip, start_s=max(0.0, t - 0.5), end_s=t + 0.5)]
    if not frames:
        return []
    time_s, img = min(frames, key=lambda f: (abs(f[0] - t), f[0] < t))
    h, w = img.shape[:2]
    small = cv2.resize(img, (width, max(2, round(h * width / w))), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(small, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 80])
    return [(time_s, "data:image/jpeg;base64," + base64.b64encode(buf.tobytes()).decode())] if ok else []


def _tree(c2pa: dict) -> str:
    if not c2pa.get("present"):
        return "<p>No Content Credentials in this file.</p>"

    def node(n: dict) -> str:
        types = ", ".join(t.rsplit("/", 1)[-1] for t in n.get("digital_source_types") or []) or "no source type"
        kids = "".join(node(k) for k in n.get("ingredients") or [])
        return (f"<li><strong>{_e(n.get('title'))}</strong> <span class=meta>({_e(n.get('relationship'))}; "
                f"{_e(types)}; manifest {_e(n.get('manifest_id') or 'none')})</span>"
                + (f"<ul>{kids}</ul>" if kids else "") + "</li>")

    actions = "".join(f"<li><code>{_e(a.get('action'))}</code> {_e((a.get('digitalSourceType') or '').rsplit('/', 1)[-1])}"
                      + "".join(f" <span class=meta>{_e(r['time']['start'])}-{_e(r['time']['end'])} s</span>"
                                for ch in a.get("changes") or [] for r in ch.get("region", []) if "time" in r)
                      + "</li>" for a in c2pa.get("actions") or [])
    signer = c2pa.get("signer") or {}
    ingredients = "".join(node(i) for i in c2pa.get("ingredients") or []) or "<li>none</li>"
    return (f"<div class=tree><p>State: <strong>{_e(c2pa.get('state'))}</strong>"
            + (f" (failures: {_e(', '.join(c2pa.get('failures') or []))})" if c2pa.get("failures") else "")
            + f"<br>Manifest {_e(c2pa.get('manifest_id'))}, signed by {_e(signer.get('common_name'))} "
            f"({_e(signer.get('issuer'))}) at {_e(c2pa.get('signing_time'))}</p>"
            f"<p>Actions:</p><ul>{actions}</ul><p>Ingredients:</p><ul>{ingredients}</ul></div>")


def render_report(report: dict, clip: str | Path) -> str:
    verdict = report["verdict"]
    colour = COLOURS.get(verdict, "#4a4a4a")
    evidence = "".join(f"<li><span class=src>{_e(e['source'])}</span>{_e(e['finding'])}</li>"
                       for e in report["evidence"])
    frames = "".join(f'<figure><img src="{uri}" alt="frame at {t:.2f} s"><figcaption>{t:.2f} s</figcaption></figure>'
                     for t, uri in key_frames(clip, report))
    m = report["media"]
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    bounds = ", ".join(f"{b:.2f} s" for b in report.get("boundaries_s") or []) or "none"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>clipseal report: {_e(Path(clip).name)}</title><style>{_CSS}</style></head>
<body style="--c:{colour}">
<h1>Verification report: {_e(Path(clip).name)}</h1>
<p class=meta>{_e(m.get('width'))}x{_e(m.get('height'))}, {_e(m.get('fps'))} fps, {float(m.get('duration_s') or 0):.2f} s,
{_e(m.get('codec'))}. Checked {now} with clipseal {__version__}.</p>
<section class=verdict aria-label="verdict"><span class=badge>{_e(verdict)}</span>
&nbsp;confidence {percent(report['confidence'])}<p>{_e(report['summary'])}</p></section>
<h2>Evidence</h2><ul class=evidence>{evidence}</ul>
<h2>Timeline</h2><p class=meta>Bars: how synthetic each half-second looks to the passive forensic model (red high,
green low). Purple: our watermark found. Blue: ranges the Content Credentials declare as generated. Red dashed
lines: boundaries ({_e(bounds)}).</p>
{timeline_svg(report)}
<h2>Key frames</h2><div class=frames>{frames}</div>
<h2>Content Credentials (C2PA)</h2>{_tree(report['c2pa'])}
<h2>How to read this</h2><p>A watermark or a valid manifest is strong evidence of how a clip was made. Passive
forensics only estimate; footage from generators the model has not seen can fool them, and heavy re-encoding
weakens them. "Real" means no sign of synthesis was found, not that the content is true.</p>
<details><summary>Technical details (JSON)</summary><pre>{_e(json.dumps(report, indent=1, default=str))}</pre></details>
</body></html>
"""


def write_report(report: dict, clip: str | Path, out: str | Path) -> Path:
    atomic_write_bytes(Path(out), render_report(report, clip).encode("utf-8"))
    return Path(out)
