"""``clipseal keys``, ``stamp``, ``verify``, ``watermark`` and ``registry``: wiring to ``provenance``."""

from __future__ import annotations

import os
from pathlib import Path

import click

from clipseal.atomic import check_output_path
from clipseal.app.cli_base import emit, get_config
from clipseal.errors import NegativeFinding


# ------------------------------------------------------------------------------------------------ keys
@click.group("keys")
def keys_group() -> None:
    """Create and inspect signing and watermark keys."""


@keys_group.command("init")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Key folder (default: [keys] dir, i.e. <data_dir>/keys).")
@click.option("--algorithm", type=click.Choice(["es256", "es384", "ed25519"]), default=None,
              help="Signature algorithm (default es256).")
@click.option("--passphrase-env", default=None, metavar="VAR",
              help="Encrypt the private keys with the passphrase in this environment variable.")
@click.option("--force", is_flag=True, help="Replace existing keys.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def keys_init(ctx, directory, algorithm, passphrase_env, force, as_json) -> None:
    """Make a development PKI (root CA -> intermediate -> claim signer) and a watermark key."""
    from provenance.c2pa import keys
    from provenance.watermark import WatermarkKey

    cfg = get_config(ctx)
    target = directory or cfg.key_dir
    passphrase = None
    if passphrase_env:
        value = os.environ.get(passphrase_env)
        if not value:
            raise click.UsageError(f"environment variable {passphrase_env} is empty or not set")
        passphrase = value.encode()
    files = keys.init_dev_pki(target, algorithm or cfg.keys.algorithm, passphrase=passphrase, force=force)
    wm_file = cfg.watermark_key_file if directory is None else Path(directory) / "watermark.key"
    created_wm = False
    if force or not wm_file.exists():
        wm_file.parent.mkdir(parents=True, exist_ok=True)
        WatermarkKey.generate().save(wm_file)
        created_wm = True
    key_id = WatermarkKey.load(wm_file).key_id
    data = {"key_dir": str(files.dir), "signing_chain": str(files.signing_chain),
            "signing_key": str(files.signing_key), "root_certificate": str(files.root_cert),
            "watermark_key": str(wm_file), "watermark_key_id": key_id, "watermark_key_created": created_wm}
    emit(data, as_json, "\n".join(f"{k}: {v}" for k, v in data.items()))


@keys_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def keys_show(ctx, as_json) -> None:
    """Describe the configured signing certificate and watermark key (never the secrets)."""
    from provenance.c2pa import keys
    from provenance.watermark import WatermarkKey

    cfg = get_config(ctx)
    files = keys.KeyFiles(cfg.key_dir)
    chain = keys.load_chain(files.signing_chain)
    cert = chain[0]
    data = {
        "signing_chain": str(files.signing_chain),
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "watermark_key_id": WatermarkKey.load(cfg.watermark_key_file).key_id,
    }
    emit(data, as_json, "\n".join(f"{k}: {v}" for k, v in data.items()))


# ----------------------------------------------------------------------------------------------- stamp
@click.command("stamp")
@click.argument("clip", type=click.Path(path_type=str))
@click.option("-o", "--output", required=True, type=click.Path(path_type=str), help="Output MP4.")
@click.option("--source-type", default="trainedAlgorithmicMedia", show_default=True,
              help="IPTC digital source type (short name or full URI).")
@click.option("--title", default=None, help="Title recorded in the manifest (default: output file name).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stamp_cmd(ctx, clip, output, source_type, title, as_json) -> None:
    """Watermark CLIP and sign it with Content Credentials, for clips generated with other tools."""
    from provenance.credentials import StampingKit
    from provenance.c2pa.manifest import ManifestSpec, source_type_uri
    from provenance.stamp import stamp_file

    cfg = get_config(ctx)
    spec = ManifestSpec(title=title or Path(output).name, source_type=source_type_uri(source_type))
    kit = StampingKit.from_config(cfg)
    result = stamp_file(clip, output, kit, spec)
    emit(result.to_dict(), as_json,
         f"stamped {result.output}\n  manifest {result.manifest_id}\n  watermark payload {result.watermark_payload}")


# --------------------------------------------------------------------------------------------- verify
@click.command("verify")
@click.argument("clip", type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Also write a self-contained HTML report for a verification desk.")
@click.option("--no-watermark", is_flag=True, help="Skip the watermark search.")
@click.option("--forensic-model", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="A forensic model trained with `clipseal detector train` (default: the shipped one).")
@click.option("--resolver", "resolver_url", default=None, metavar="URL",
              help="A C2PA Soft Binding Resolution API (e.g. https://host/c2pa/v1) to ask for the manifest of a "
                   "clip without Content Credentials; its host must be in [resolver] allow_hosts. Off by default.")
@click.pass_context
def verify_cmd(ctx, clip, as_json, report_path, no_watermark, forensic_model, resolver_url) -> None:
    """Say whether CLIP is real, synthetic or extended, with the evidence: Content Credentials, the clipseal
    watermark and the registry, and passive forensics. CLIP is a file, an HLS playlist (.m3u8), a DASH manifest
    (.mpd) or a folder of stream segments (verified as the one clip they make).

    Exit 0 when the report was made, 1 when the Content Credentials are invalid (tampering), 2 for a file
    that is not a readable video.
    """
    from clipseal.atomic import check_output_path
    from detector.analyze import analyze_file
    from detector.model import DEFAULT_MODEL_PATH, ForensicModel
    from provenance.credentials import VerifyingKit

    cfg = get_config(ctx)
    if report_path:
        check_output_path(report_path, clip)
    resolver = None
    if resolver_url:
        from provenance.resolver_client import client_from_config

        resolver = client_from_config(resolver_url, cfg)  # refuses a host that is not allow-listed, before any work
    model = ForensicModel.load(forensic_model or cfg.detector.model or DEFAULT_MODEL_PATH)
    report = analyze_file(clip, VerifyingKit.from_config(cfg), model, use_watermark=not no_watermark,
                          resolver=resolver)
    if report_path:
        from detector.report import write_report

        write_report(report, clip, report_path)
    emit(report, as_json, _verify_text(report))
    if report["c2pa"]["state"] == "Invalid":
        raise SystemExit(1)


def _verify_text(report: dict) -> str:
    from detector.verdict import percent

    c = report["c2pa"]
    lines = [report["file"], f"  Verdict: {report['verdict'].upper()} (confidence {percent(report['confidence'])})",
             f"  {report['summary']}"]
    if report.get("boundaries_s"):
        lines.append("  Boundaries: " + ", ".join(f"{b:.2f} s" for b in report["boundaries_s"]))
    lines.append("  Evidence:")
    lines += [f"    - [{e['source']}] {e['finding']}" for e in report["evidence"]]
    if c["present"]:
        lines.append(f"  Content Credentials: {c['state']}" + (f" ({', '.join(c['failures'])})" if c["failures"] else ""))
        lines.append(f"    signed by {((c['signer'] or {}).get('common_name'))}, generator {c['claim_generator']}")
        for t in c["digital_source_types"]:
            lines.append(f"    source type: {t.rsplit('/', 1)[-1]}")
    else:
        lines.append("  Content Credentials: none")
    w = report["watermark"]
    if w.get("present"):
        lines.append(f"  Watermark: present, payload {w['payload']} (p <= {w['p_value']:.1e})")
        if w.get("manifest"):
            lines.append(f"    registered manifest {w['manifest']['manifest_id']}")
    else:
        lines.append("  Watermark: " + ("not found" if w.get("checked") else w.get("note", "not checked")))
    r = report.get("resolver")
    if r:
        m = r.get("manifest")
        status = (r.get("error") or r.get("note")
                  or (f"{r['query']}: manifest {m['manifest_id']} ("
                      + ("usable" if m.get("usable") else f"not usable: {m.get('problem')}") + ")" if m
                      else f"{r['query']}: no match"))
        lines.append(f"  Resolver {r['url']}: {status}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------- watermark
@click.group("watermark")
def watermark_group() -> None:
    """Low-level watermark embedding and detection."""


@watermark_group.command("embed")
@click.argument("clip", type=click.Path(path_type=str))
@click.option("-o", "--output", required=True, type=click.Path(path_type=str), help="Output MP4.")
@click.option("--payload", required=True, help="64-bit payload, 16 hex digits.")
@click.option("--strength", type=click.FloatRange(0.1, 10.0), default=None,
              help="Embedding strength (no frame goes below the 42 dB PSNR visibility floor).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def wm_embed(ctx, clip, output, payload, strength, as_json) -> None:
    """Embed PAYLOAD in CLIP (no signature: use `clipseal stamp` for outputs you publish)."""
    from provenance import watermark as wm

    cfg = get_config(ctx)
    data = wm.parse_payload(payload)
    check_output_path(output, clip)
    key = wm.WatermarkKey.load(cfg.watermark_key_file)
    n = wm.embed_file(clip, output, key, data, crf=cfg.output.crf, preset=cfg.output.preset,
                      strength=strength or wm.DEFAULT_STRENGTH)
    emit({"output": output, "payload": data.hex(), "frames": n, "key_id": key.key_id}, as_json,
         f"wrote {output} ({n} frames, payload {data.hex()})")


@watermark_group.command("detect")
@click.argument("clip", type=click.Path(path_type=str))
@click.option("--blind", is_flag=True,
              help="Only read the payload from the pixels; do not test the payloads the registry issued.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def wm_detect(ctx, clip, blind, as_json) -> None:
    """Look for the watermark in CLIP. Exit 0 if found, 1 if not."""
    from provenance import watermark as wm
    from provenance.registry import Registry

    cfg = get_config(ctx)
    key = wm.WatermarkKey.load(cfg.watermark_key_file)
    # Opened only if blind decoding fails: a clip that decodes needs no registry (nor a reachable one).
    candidates = None if blind else (lambda: Registry(cfg.registry_url).recent_payloads(key.key_id))
    det = wm.detect_file(clip, key, candidates=candidates)
    runs = ", ".join(f"{a:.1f}-{b:.1f} s" for a, b in det.marked_ranges_s) or "none"
    emit(det.to_dict(), as_json,
         f"{clip}: watermark {'present' if det.present else 'not found'}"
         + (f", payload {det.payload} ({det.method}), p <= {det.p_value:.1e}, marked {runs}" if det.present else ""))
    if not det.present:
        raise SystemExit(1)


# -------------------------------------------------------------------------------------------- registry
@click.group("registry")
def registry_group() -> None:
    """Look up signed manifests in the registry."""


@registry_group.command("lookup")
@click.option("--payload", default=None, help="Watermark payload (16 hex digits).")
@click.option("--file", "clip", type=click.Path(path_type=str), default=None,
              help="A clip: found by its watermark, its manifest id or its fingerprint.")
@click.option("--manifest-id", default=None, help="A manifest id (urn:c2pa:...).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def registry_lookup(ctx, payload, clip, manifest_id, as_json) -> None:
    """Return the stored manifest. Exit 0 if found, 1 if not."""
    from provenance import watermark as wm
    from provenance.credentials import VerifyingKit
    from provenance.verify import recovered_manifest

    if sum(x is not None for x in (payload, clip, manifest_id)) != 1:
        raise click.UsageError("give exactly one of --payload, --file, --manifest-id")
    cfg = get_config(ctx)
    kit = VerifyingKit.from_config(cfg)
    entry, how = None, None
    if payload is not None:
        hit = kit.registry.by_payload(wm.parse_payload(payload).hex())
        entry, how = (hit.to_dict() if hit else None), "payload"
    elif manifest_id is not None:
        hit = kit.registry.by_manifest_id(manifest_id)
        entry, how = (hit.to_dict() if hit else None), "manifest_id"
    else:
        from provenance.verify import verify_file

        report, pixels = verify_file(clip, kit)
        w = report["watermark"]
        if w.get("present") and w.get("manifest"):
            entry, how = w["manifest"], "watermark"
        elif report["c2pa"].get("manifest_id"):
            hit = kit.registry.by_manifest_id(report["c2pa"]["manifest_id"])
            entry, how = (hit.to_dict() if hit else None), "manifest_id"
        if entry is None and pixels is not None and pixels.fingerprint:
            hit = kit.registry.by_fingerprint(pixels.fingerprint)
            entry, how = (hit.to_dict() if hit else None), "fingerprint"
    data = {"found": entry is not None, "matched_by": how if entry else None, "entry": entry}
    emit(data, as_json, f"found manifest {entry['manifest_id']} (by {how})" if entry else "not found")
    if entry is None:
        raise SystemExit(1)


# ----------------------------------------------------------------------------------------------- label
@click.command("label")
@click.argument("film", type=click.Path(path_type=str))
@click.option("--segments", "segments_file", required=True, type=click.Path(path_type=str),
              help="segments.json or a CMX3600 EDL listing the generated time ranges.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=str), help="Output MP4.")
@click.option("--visible", is_flag=True, help="Burn a visible label into the listed segments.")
@click.option("--text", default="AI-generated", show_default=True, help="Text of the visible label.")
@click.option("--position", type=click.Choice(["top-left", "top-right", "bottom-left", "bottom-right"]),
              default="top-right", show_default=True)
@click.option("--size", type=click.FloatRange(0.02, 0.15), default=0.045, show_default=True,
              help="Text height as a fraction of the frame height.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def label_cmd(ctx, film, segments_file, output, visible, text, position, size, as_json) -> None:
    """Label the AI-made segments of FILM: watermark them, record them in a signed manifest, and
    (with --visible) show an on-screen label."""
    from clipseal import media
    from provenance.labeling import segments as seg_mod
    from provenance.credentials import StampingKit
    from provenance.labeling.film import label_film
    from provenance.labeling.overlay import LabelStyle

    cfg = get_config(ctx)
    check_output_path(output, film)
    info = media.probe(film)
    segments = seg_mod.load(segments_file, info.fps, info.duration_s)
    style = LabelStyle(text=text, position=position, size=size) if visible else None
    result = label_film(film, output, segments, StampingKit.from_config(cfg), style)
    d = result.to_dict()
    emit(d, as_json, f"labelled {d['output']}: {len(segments)} segment(s), manifest {d['manifest_id']}")
