"""``clipseal detector``: retrain the passive forensic model on a newsroom's or platform's own footage."""

from __future__ import annotations

from pathlib import Path

import click

from clipseal.app.cli_base import emit


@click.group("detector")
def detector_group() -> None:
    """Train and inspect the passive forensic model used by `clipseal verify`."""


@detector_group.command("train")
@click.option("--real", "real_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder of real camera footage.")
@click.option("--synthetic", "synthetic_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder of generated footage.")
@click.option("-o", "--out", default="forensic-model.json", show_default=True,
              type=click.Path(dir_okay=False, path_type=str), help="Where to write the model (JSON).")
@click.option("--held-out", type=click.FloatRange(0.05, 0.5), default=0.25, show_default=True,
              help="Fraction of clips (per class) kept out of fitting for the evaluation.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def train(real_dir, synthetic_dir, out, held_out, seed, as_json) -> None:
    """Fit a forensic model on REAL and SYNTHETIC folders (each clip also re-encoded, downscaled and cropped),
    print the held-out evaluation, and save the model. Use it with `verify --forensic-model` or [detector]
    model in the configuration."""
    from clipseal.atomic import check_output_path
    from detector.training import print_results, train_from_dirs

    check_output_path(out)
    log = (lambda m: None) if as_json else (lambda m: click.echo(m, err=True))
    meta = train_from_dirs(real_dir, synthetic_dir, out, held_out_fraction=held_out, seed=seed, log=log)
    lines: list[str] = []
    print_results(meta["held_out"], lines.append)
    emit({"model": str(Path(out)), **meta}, as_json,
         f"trained on {meta['real_clips']} real and {meta['synthetic_clips']} synthetic clips "
         f"({meta['segments']} segments); held-out evaluation:\n" + "\n".join(lines) + f"\nsaved {out}")


@detector_group.command("info")
@click.option("--model", default=None, type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info(model, as_json) -> None:
    """What the forensic model was trained on, and its held-out figures."""
    from detector.classifier import DEFAULT_MODEL_PATH, ForensicClassifier

    clf = ForensicClassifier.load(model or DEFAULT_MODEL_PATH)
    meta = clf.metadata_
    emit(meta, as_json, "\n".join(f"{k}: {v}" for k, v in meta.items()))
