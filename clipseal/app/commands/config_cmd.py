"""``clipseal config``: show the resolved configuration (paths only; it holds no secrets)."""

from __future__ import annotations

import click

from clipseal.app.cli_base import emit, get_config


@click.group()
def config() -> None:
    """Show the configuration in force."""


@config.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, as_json: bool) -> None:
    """Print the resolved settings and where they came from."""
    cfg = get_config(ctx)
    data = {
        "config_file": str(cfg.source) if cfg.source else None,
        "data_dir": str(cfg.data_dir),
        "key_dir": str(cfg.key_dir),
        "key_algorithm": cfg.keys.algorithm,
        "trust_anchors": [str(a) for a in cfg.trust.anchors],
        "include_own_root": cfg.trust.include_own_root,
        "allow_remote_manifests": cfg.trust.allow_remote_manifests,
        "registry_url": _redact_url(cfg.registry_url),
        "watermark_key_file": str(cfg.watermark_key_file),
        "model": cfg.generator.model,
        "output_crf": cfg.output.crf,
        "output_preset": cfg.output.preset,
    }
    emit(data, as_json, "\n".join(f"{k} = {v}" for k, v in data.items()))


def _redact_url(url: str) -> str:
    """Hide a password in a database URL."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return url
