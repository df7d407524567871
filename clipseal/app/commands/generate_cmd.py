"""``clipseal generate``: make a clip with the configured model; the output is always stamped."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from clipseal.app.cli_base import emit, get_config
from clipseal.errors import BadInputError


def window_progress(total: int, windows: int, file, disable: bool | None = None):
    """A progress bar over all denoising steps that names the window (pipeline call) running, "window 2/3", and
    shows the time per step (tqdm's rate: s/step on a CPU, steps/s on a GPU). Returns the per-step callback."""
    from tqdm import tqdm

    per_window = max(1, total // max(1, windows))
    bar = tqdm(total=total, desc="generating" if windows <= 1 else f"window 1/{windows}", unit="step", file=file,
               disable=disable, leave=False)

    def tick() -> None:
        bar.update(1)
        if windows > 1 and bar.n < total:
            bar.set_description_str(f"window {bar.n // per_window + 1}/{windows}", refresh=False)
        if bar.n >= total:
            bar.close()
    tick.bar = bar  # for tests and callers that want the numbers
    return tick


@click.command("generate")
@click.argument("prompt")
@click.option("-o", "--output", required=True, type=click.Path(path_type=str), help="Output MP4.")
@click.option("--image", type=click.Path(path_type=str), help="A photo to animate (image-to-video).")
@click.option("--video", type=click.Path(path_type=str), help="A clip to extend, restyle, or bridge from.")
@click.option("--video-end", type=click.Path(path_type=str), help="The clip to bridge into.")
@click.option("--mode", type=click.Choice(["t2v", "i2v", "v2v", "extend", "bridge"]), default=None,
              help="Default: inferred from the inputs (none: t2v, --image: i2v, --video: extend, both videos: "
                   "bridge).")
@click.option("--direction", type=click.Choice(["forward", "backward"]), default="forward", show_default=True,
              help="extend: add frames after the clip or before it.")
@click.option("--seconds", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Length of the generated part (default: 16 frames for t2v/i2v, 2 s for extend/bridge).")
@click.option("--frames", type=click.IntRange(min=1), default=None, help="Generated frames (instead of --seconds).")
@click.option("--seed", type=click.IntRange(min=0, max=2**31 - 1), default=None,
              help="Same seed, same frames (default: random, reported).")
@click.option("--strength", type=click.FloatRange(0.05, 1.0), default=0.6, show_default=True,
              help="v2v: how far the result may move from the source.")
@click.option("--guidance", type=float, default=None,
              help="Classifier-free guidance scale, 1 to 20: how strictly the prompt is followed (default: the "
                   "pipeline's; 3.0 for LTX-Video). Recorded in the manifest.")
@click.option("--model", default=None, help="A diffusers model folder or hub id (default: the embedded model).")
@click.option("--device", default=None, help="Where the model runs: cpu, cuda, cuda:N, mps (default: the first CUDA "
                                             "GPU if there is one, else the CPU).")
@click.option("--dtype", type=click.Choice(["float32", "float16", "bfloat16"]), default=None,
              help="Weights and activations (default: bfloat16 or float16 on a GPU, float32 on the CPU).")
@click.option("--offload", type=click.Choice(["model", "sequential"]), default=None,
              help="Keep weights in CPU memory and move each part to the GPU only while it runs (model: whole "
                   "components, sequential: layer by layer, slower and smallest).")
@click.option("--vae-tiling", is_flag=True, help="Decode frames in tiles and slices: less GPU memory for large frames.")
@click.option("--consent", type=click.Path(dir_okay=False, path_type=str),
              help="A signed consent record for a real person shown in the inputs (see docs/guide/policy.md).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def generate(ctx, prompt, output, image, video, video_end, mode, direction, seconds, frames, seed, strength, guidance,
             model, device, dtype, offload, vae_tiling, consent, as_json) -> None:
    """Generate a clip from PROMPT, watermark it, sign its Content Credentials and write OUTPUT.

    The policy is checked first: a refusal exits 1 with the reasons and generates nothing.

    \b
    A real checkpoint on a GPU (downloaded beforehand: clipseal never downloads):
      huggingface-cli download Wan-AI/Wan2.1-T2V-1.3B-Diffusers --local-dir models/wan
      clipseal generate "a red kite over a grey sea" --model models/wan --device cuda --dtype bfloat16 \\
          --seconds 5 -o kite.mp4
    Add --offload model and --vae-tiling on a smaller GPU. Supported pipeline classes and their modes:
    docs/generator.md.
    """
    from generator.api import GenerationRequest, PolicyRefusal, generate as run_generate
    from generator.models import LoadOptions

    cfg = get_config(ctx)
    record = None
    if consent:
        try:
            record = json.loads(Path(consent).read_text())
        except (OSError, ValueError) as exc:
            raise BadInputError(f"{consent}: not a readable consent record ({exc})") from None
    request = GenerationRequest(prompt=prompt, mode=mode, image=image, video=video, video_end=video_end,
                                direction=direction, seconds=seconds, frames=frames, seed=seed, strength=strength,
                                guidance=guidance, consent=record)

    def progress(total: int, windows: int = 1):
        return window_progress(total, windows, sys.stderr)

    try:
        result = run_generate(request, output, cfg, model=model, progress=progress,
                              load_options=LoadOptions(device=device, dtype=dtype, offload=offload,
                                                       vae_tiling=vae_tiling))
    except PolicyRefusal as refusal:
        d = refusal.decision.to_dict()
        if as_json:
            click.echo(json.dumps({"output": None, "mode": request.resolved_mode(), "frames": 0, "seed": seed,
                                   "manifest_id": None, "watermark_payload": None, "policy_decision": d}, indent=2))
        else:
            click.echo(f"refused ({d['decision']}):", err=True)
            for r in d["reasons"]:
                click.echo(f"  - {r['category']}/{r['rule']}: {r['detail']}", err=True)
        raise SystemExit(1)
    a, b = result.generated_range_s
    emit(result.to_dict(), as_json,
         f"wrote {result.output} ({result.mode}, {result.frames} frames, seed {result.seed})\n"
         f"  generated {a:.2f}-{b:.2f} s, watermarked; manifest {result.manifest_id}; "
         f"watermark payload {result.watermark_payload}")
