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
              help="Folder of real camera footage (sub-folders: one per camera or source).")
@click.option("--synthetic", "synthetic_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder of generated footage (sub-folders: one per generator).")
@click.option("-o", "--out", default="forensic-model.npz", show_default=True,
              type=click.Path(dir_okay=False, path_type=str), help="Where to write the model.")
@click.option("--folds", type=click.IntRange(2, 20), default=None,
              help="Held-out folds of families (generators, camera sources) for the held-out scores, calibration "
                   "and thresholds [default: 6, fewer when there are fewer families].")
@click.option("--held-out", type=click.FloatRange(0.05, 0.5), default=None,
              help="Older form of --folds: the share of families held out per fold (0.25 means 4 folds).")
@click.option("--epochs", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def train(real_dir, synthetic_dir, out, folds, held_out, epochs, seed, as_json) -> None:
    """Train the passive model on REAL and SYNTHETIC folders with the shipped model's recipe: residual patches of
    each clip in its platform-like variants (GIF round trip, downscale, hard re-encode), held-out scores from
    networks that never saw a clip's generator or camera source, Platt calibration and verdict thresholds on
    those. Use the model with `verify --forensic-model` or [detector] model in the configuration. Needs torch."""
    from clipseal.atomic import check_output_path
    from detector.samples import folder_clips
    from detector.train import train as run

    check_output_path(out)
    clips = folder_clips(real_dir, synthetic_dir)
    families = {c.family for c in clips}
    n_folds = folds or (round(1 / held_out) if held_out else 6)
    n_folds = max(2, min(n_folds, len({c.family for c in clips if c.synthetic}),
                         len({c.family for c in clips if not c.synthetic})))
    log = (lambda m: None) if as_json else (lambda m: click.echo(m, err=True))
    meta = run(clips, out, folds=n_folds, epochs=epochs, seed=seed, log=log, name=Path(out).stem,
               trained_on=f"{real_dir} and {synthetic_dir}")
    text = (f"trained on {meta['clips']['camera']} camera and {meta['clips']['generated']} generated clips "
            f"({len(families)} families, {n_folds} folds); held-out clip AUC {meta['held_out']['auc']:.3f}\n"
            f"saved {out}")
    emit({"model": str(Path(out)), **{k: v for k, v in meta.items() if k != "held_out_scores"}}, as_json, text)


@detector_group.command("info")
@click.option("--model", default=None, type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info(model, as_json) -> None:
    """What the forensic model was trained on, its thresholds and held-out figures."""
    from detector.model import DEFAULT_MODEL_PATH, ForensicModel

    m = ForensicModel.load(model or DEFAULT_MODEL_PATH)
    meta = {k: v for k, v in m.metadata.items() if k != "held_out_scores"}
    meta["thresholds"] = {"synthetic_at": m.synthetic_at, "real_at": m.real_at}
    meta["calibration"] = {"a": m.calibration[0], "b": m.calibration[1]}
    emit(meta, as_json, "\n".join(f"{k}: {v}" for k, v in meta.items()))
