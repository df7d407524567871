"""``clipseal media``: look at and re-encode clips."""

from __future__ import annotations

import dataclasses

import click


from clipseal.atomic import check_output_path
from clipseal.app.cli_base import emit, get_config


@click.group("media")
def media_group() -> None:
    """Inspect and re-encode video files."""


@media_group.command("info")
@click.argument("clip", type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info_cmd(clip: str, as_json: bool) -> None:
    """Describe CLIP: container, codec, size, frame rate, duration, audio."""
    from clipseal import media as media_io

    info = media_io.probe(clip)
    data = dataclasses.asdict(info)
    data["path"] = str(info.path)
    data["frame_rate"] = str(info.frame_rate)
    data["fps"] = info.fps
    text = (f"{info.path}: {info.codec} {info.width}x{info.height} @ {info.fps:.3f} fps, "
            f"{info.duration_s or 0:.2f} s, audio: {info.audio_codec or 'none'}")
    emit(data, as_json, text)


@media_group.command("transcode")
@click.argument("clip", type=click.Path(dir_okay=True, path_type=str))
@click.option("-o", "--output", required=True, type=click.Path(path_type=str), help="Output MP4.")
@click.option("--crf", type=click.IntRange(0, 51), default=None, help="H.264 CRF (default from config).")
@click.option("--preset", default=None, help="x264 preset (default from config).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def transcode_cmd(ctx: click.Context, clip: str, output: str, crf: int | None, preset: str | None,
                  as_json: bool) -> None:
    """Re-encode CLIP to H.264 MP4, keeping its audio."""
    from clipseal import media as media_io

    cfg = get_config(ctx)
    check_output_path(output, clip)
    media_io.probe(clip)
    out = media_io.transcode(clip, output, crf=crf if crf is not None else cfg.output.crf,
                             preset=preset or cfg.output.preset)
    emit({"output": str(out)}, as_json, f"wrote {out}")
