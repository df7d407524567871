"""Train the embedded default model from scratch, reproducibly, from a seed.

    python -m generator.train_default --out OUT --seed 0      # the from-scratch stage of the shipped recipe
    sh generator/train_gpu.sh OUT                             # the whole recipe of generator/default_model

Three stages, all on procedurally rendered captioned clips (``generator.procedural.training_clip``):
1. the VAE (``AutoencoderKLLTXVideo``) learns to reconstruct 17-frame 64x64 clips;
2. the clips are encoded once and the latent statistics stored in the VAE (``latents_mean``/``latents_std``);
3. the transformer and the text encoder learn rectified flow (the objective LTX-Video uses: predict
   noise - clean latents) with random frame conditioning, in the two forms ``LTXConditionPipeline`` feeds
   at inference: clean latent frames in place at the start (image-to-video, extend forward) and clean latent
   frames appended as extra tokens with their own positions (extend backward, bridge).
   Noise levels are logit-normal; ``--noise-shift`` moves them towards pure noise, where a sample decides its
   layout (the shipped model's last two stages: without it, objects moved along the right axis but in a random
   direction).
The result is saved in float16 with ``save_pretrained`` and loads with ``LTXConditionPipeline.from_pretrained``
(which casts to float32 on a CPU).

It runs on a CUDA GPU when one is present, else on the CPU (same code, same schedule). ``--vae-budget`` and
``--budget`` (seconds) make a stage as long as fits (or shorten a ``--vae-steps``/``--steps`` count to what fits):
the step count is fixed after timing the first steps and written to ``training.json``, so ``--vae-steps``/``--steps``
with that count repeat the run. ``--work DIR`` keeps
the rendered clips, the VAE and the latents, so ``--stage transformer`` can train several transformers on one VAE.

It is one module on purpose (over 400 lines): it is the whole recipe, read top to bottom next to
``train_gpu.sh``, and nothing else imports its parts.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import multiprocessing
import time
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from generator import tiny_ltx
from generator.procedural import training_clip

_T = 2  # VAE temporal compression
_WARMUP = 200  # learning-rate warm-up steps: fixed, so a budget-shortened run repeats exactly with --steps
VAE_STEPS, STEPS = 3962, 1824  # the from-scratch recipe's counts: a stage's length when neither count nor budget is given


def _clip(i_seed: tuple[int, int]):
    c = training_clip(i_seed[1] * 1_000_003 + i_seed[0], frames=tiny_ltx.TRAIN_FRAMES, size=tiny_ltx.SIZE)
    return c.frames, c.masks, c.caption


def render_dataset(n: int, seed: int, workers: int = 1) -> tuple[torch.Tensor, torch.Tensor, list[str]]:
    """``n`` clips (uint8 N x F x H x W x 3), object masks (bool N x F x H x W) and captions; clip ``i`` depends
    only on ``(seed, i)``, so the set is the same for any number of workers."""
    jobs = [(i, seed) for i in range(n)]
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            items = pool.map(_clip, jobs, chunksize=256)
    else:
        items = [_clip(j) for j in jobs]
    clips = torch.from_numpy(np.stack([it[0] for it in items]))
    masks = torch.from_numpy(np.stack([it[1] for it in items]))
    return clips, masks, [it[2] for it in items]


def object_weight(masks: torch.Tensor, scale: float) -> torch.Tensor:
    """Per-pixel loss weight (N x 1 x F x H x W): the object is a few percent of the pixels but all of the
    caption's meaning, so its pixels weigh ``1 + scale``."""
    return 1.0 + scale * masks[:, None].float()


def token_weight(masks: torch.Tensor, latent_frames: int, cell: int) -> torch.Tensor:
    """Object share of each latent cell (N x F' x H' x W'), with the VAE's causal frame grouping (latent 0 is
    frame 0, latent k covers frames 2k-1 and 2k)."""
    m = masks.float()
    groups = [m[:, :1]] + [m[:, 2 * k - 1:2 * k + 1] for k in range(1, latent_frames)]
    per = torch.stack([g.amax(dim=1) for g in groups], dim=1)  # N x F' x H x W
    return torch.nn.functional.avg_pool2d(per.flatten(0, 1)[:, None], cell).view(
        m.shape[0], latent_frames, m.shape[2] // cell, m.shape[3] // cell)


def to_model(frames_u8: torch.Tensor) -> torch.Tensor:
    """N x F x H x W x 3 uint8 -> N x 3 x F x H x W in [-1, 1]."""
    return frames_u8.permute(0, 4, 1, 2, 3).float().div(127.5).sub(1.0)


class StepPlan:
    """How many steps a stage takes, and its learning rate at each: linear warm-up over ``_WARMUP`` steps, then
    cosine decay to 1% of the peak. With a time budget the count is cut, once, after timing steps 10-30 (still in
    the warm-up, whose rates do not depend on the count), to what fits in the budget; a stage that then runs a
    tenth over its budget anyway (the machine slowed down) stops at once. ``sync`` waits for queued GPU work, so
    that the timing is true."""

    def __init__(self, steps: int, lr: float, budget_s: float = 0.0, sync: Callable[[], None] = lambda: None) -> None:
        self.total, self.lr, self.budget_s, self._sync = steps, lr, budget_s, sync
        self._t10: float | None = None
        self._start = time.monotonic()

    def rate(self, step: int) -> float:
        if step < _WARMUP:
            return self.lr * (0.04 + 0.96 * step / _WARMUP)
        frac = (step - _WARMUP) / max(1, self.total - _WARMUP)
        return self.lr * (0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * min(1.0, frac))))

    def set_rate(self, opt: torch.optim.Optimizer, step: int) -> None:
        for group in opt.param_groups:
            group["lr"] = self.rate(step)

    def after(self, step: int) -> None:
        """Called after each step: times steps 10-30 and cuts the count to the budget; stops an overrun."""
        if not self.budget_s:
            return
        if step in (10, 30):
            self._sync()
            now = time.monotonic()
            if step == 10:
                self._t10 = now
            else:
                per_step = (now - self._t10) / 20
                fits = int((self.budget_s - (now - self._start)) / per_step) + 31
                self.total = max(min(self.total, fits), 2 * _WARMUP)
        if time.monotonic() - self._start > 1.1 * self.budget_s:
            self.total = step + 1


def _sync(device: torch.device) -> Callable[[], None]:
    return (lambda: torch.cuda.synchronize(device)) if device.type == "cuda" else (lambda: None)


def _optimize(opt: torch.optim.Optimizer, params, loss: torch.Tensor) -> None:
    """One optimiser step on ``loss``, gradients clipped to norm 1."""
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    opt.step()


def edge_difference(y: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Per-pixel difference of the spatial gradients of ``y`` and ``x`` (N x C x F x H x W): a reconstruction
    loss on pixels alone is content with soft edges (a rounded square loses its corners), this one is not."""
    dy = (y[..., 1:, :] - y[..., :-1, :]) - (x[..., 1:, :] - x[..., :-1, :])
    dx = (y[..., :, 1:] - y[..., :, :-1]) - (x[..., :, 1:] - x[..., :, :-1])
    return torch.nn.functional.pad(dy.abs(), (0, 0, 0, 1)) + torch.nn.functional.pad(dx.abs(), (0, 1))


def noise_levels(u: torch.Tensor, shift: float = 1.0) -> torch.Tensor:
    """Training noise levels from standard normal draws ``u``: logit-normal (as LTX-Video and SD3 train), then
    shifted towards pure noise by ``shift`` (``shift * s / (1 + (shift - 1) * s)``, the time shift the flow-matching
    scheduler applies). The levels near 1 are where a text-to-video sample decides its layout (where the object
    starts, so which way it moves); plain logit-normal draws a level above 0.9 for 1.4% of the samples."""
    s = torch.sigmoid(u)
    return shift * s / (1 + (shift - 1) * s)


def train_vae(vae, clips: torch.Tensor, masks: torch.Tensor, plan: StepPlan, batch: int, gen: torch.Generator,
              log, edge_weight: float = 0.0) -> int:
    device = clips.device
    opt = torch.optim.AdamW(vae.parameters(), lr=plan.lr, weight_decay=0.0)
    vae.train()
    step = 0
    while step < plan.total:
        plan.set_rate(opt, step)
        idx = torch.randint(0, len(clips), (batch,), generator=gen, device=device)
        x = to_model(clips[idx])
        w = object_weight(masks[idx], 20.0)
        posterior = vae.encode(x).latent_dist
        z = posterior.sample(generator=gen)
        y = vae.decode(z).sample
        per_pixel = (y - x).abs() + (y - x).pow(2)
        if edge_weight:
            per_pixel = per_pixel + edge_weight * edge_difference(y, x)
        rec = (w * per_pixel).mean() / w.mean()
        kl = posterior.kl().mean() / z[0].numel()
        _optimize(opt, list(vae.parameters()), rec + 1e-4 * kl)
        plan.after(step)
        if step % 200 == 0 or step == plan.total - 1:
            log(f"vae step {step}/{plan.total} rec {rec.item():.4f} kl {kl.item():.3f}")
        step += 1
    vae.eval()
    return plan.total


@torch.no_grad()
def encode_all(vae, clips: torch.Tensor, batch: int = 64) -> torch.Tensor:
    out = [vae.encode(to_model(clips[i:i + batch])).latent_dist.mode() for i in range(0, len(clips), batch)]
    return torch.cat(out)


def train_transformer(transformer, text_encoder, tokenizer, latents: torch.Tensor, texts: list[str],
                      plan: StepPlan, batch: int, gen: torch.Generator, log, spatial_ratio: int,
                      cell_weight: torch.Tensor | None = None, bf16: bool = False, noise_shift: float = 1.0):
    from diffusers import LTXConditionPipeline as P

    device = latents.device
    ids = tokenizer(texts, padding="max_length", max_length=tiny_ltx.MAX_TOKENS, truncation=True,
                    return_tensors="pt").to(device)
    empty = tokenizer([""], padding="max_length", max_length=tiny_ltx.MAX_TOKENS, return_tensors="pt").to(device)
    params = list(transformer.parameters()) + list(text_encoder.parameters())
    opt = torch.optim.AdamW(params, lr=plan.lr, weight_decay=0.01)
    ema = copy.deepcopy(transformer).requires_grad_(False)
    ema_text = copy.deepcopy(text_encoder).requires_grad_(False)
    ema_params = list(ema.parameters()) + list(ema_text.parameters())
    p = transformer.config.patch_size
    _, c, f, h, w = latents.shape
    main_coords = P._scale_video_ids(P._prepare_video_ids(1, f, h, w, patch_size=p, device=device),
                                     scale_factor=spatial_ratio, scale_factor_t=_T, frame_index=0).float()
    tokens_per_frame = (h // p) * (w // p)
    rows = torch.arange(batch, device=device)
    transformer.train()
    text_encoder.train()

    def rand(*shape):
        return torch.rand(shape, generator=gen, device=device)

    step = 0
    while step < plan.total:
        plan.set_rate(opt, step)
        idx = torch.randint(0, len(latents), (batch,), generator=gen, device=device)
        x0 = latents[idx]
        input_ids, mask = ids.input_ids[idx].clone(), ids.attention_mask[idx].clone()
        drop = rand(batch) < 0.1
        input_ids[drop], mask[drop] = empty.input_ids[0], empty.attention_mask[0]
        sigma = noise_levels(torch.randn(batch, generator=gen, device=device), noise_shift)
        s5 = sigma.view(-1, 1, 1, 1, 1)
        noise = torch.randn(x0.shape, generator=gen, device=device)
        xt = (1 - s5) * x0 + s5 * noise
        target = noise - x0
        # In-place conditioning on the first k latent frames (image-to-video, extend forward, bridge start).
        k = torch.where(rand(batch) < 0.5, torch.randint(1, 5, (batch,), generator=gen, device=device),
                        torch.zeros(batch, dtype=torch.long, device=device))
        frame_cond = torch.arange(f, device=device)[None, :] < k[:, None]  # B x F
        cond_noise = 0.15 * s5 ** 2 * torch.randn(x0.shape, generator=gen, device=device)
        xt = torch.where(frame_cond[:, None, :, None, None], x0 + cond_noise, xt)
        packed = P._pack_latents(xt, p)
        tok_cond = frame_cond.repeat_interleave(tokens_per_frame, dim=1)  # B x S
        t_main = torch.where(tok_cond, torch.zeros((), device=device), sigma[:, None] * 1000)
        coords = main_coords.repeat(batch, 1, 1)
        # Appended conditioning tokens: m clean latent frames from position j (extend backward, bridge end).
        m = int(torch.randint(1, 3, (1,), generator=gen, device=device)) if float(rand(1)) < 0.4 else 0
        hidden, timestep = packed, t_main
        if m:
            j = torch.randint(1, f - m + 1, (batch,), generator=gen, device=device)
            frames = j[:, None] + torch.arange(m, device=device)[None]  # B x m
            extra = x0[rows[:, None], :, frames].permute(0, 2, 1, 3, 4)  # B x C x m x H x W
            extra = extra + 0.15 * s5 ** 2 * torch.randn(extra.shape, generator=gen, device=device)
            extra_coords = P._scale_video_ids(P._prepare_video_ids(batch, m, h, w, patch_size=p, device=device),
                                              scale_factor=spatial_ratio, scale_factor_t=_T, frame_index=0).float()
            extra_coords[:, 0] += (2 * j - 1).float()[:, None]
            hidden = torch.cat([P._pack_latents(extra, p), packed], dim=1)
            timestep = torch.cat([torch.zeros(batch, extra_coords.shape[-1], device=device), t_main], dim=1)
            coords = torch.cat([extra_coords, coords], dim=2)
        coords = coords.clone()
        coords[:, 0] = coords[:, 0] / tiny_ltx.FRAME_RATE
        # bfloat16 matrix products on a GPU (several times faster there); the loss is taken in float32.
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
            text = text_encoder(input_ids, attention_mask=mask)[0]
            pred = transformer(hidden_states=hidden, encoder_hidden_states=text, timestep=timestep,
                               encoder_attention_mask=mask.bool(), video_coords=coords, return_dict=False)[0]
        pred = pred[:, -packed.shape[1]:].float()
        weight = (~tok_cond).float()
        if cell_weight is not None:  # tokens that hold the object count more
            weight = weight * (1.0 + 8.0 * cell_weight[idx].flatten(1))
        weight = weight.unsqueeze(-1)
        loss = ((pred - P._pack_latents(target, p)) ** 2 * weight).sum() / (weight.sum() * pred.shape[-1])
        _optimize(opt, params, loss)
        decay = min(0.999, (1 + step) / (10 + step))
        with torch.no_grad():
            torch._foreach_lerp_(ema_params, params, 1 - decay)
        plan.after(step)
        if step % 200 == 0 or step == plan.total - 1:
            log(f"transformer step {step}/{plan.total} loss {loss.item():.4f}")
        step += 1
    return ema.eval(), ema_text.eval(), plan.total


def _device(name: str) -> torch.device:
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    return torch.device(name)


def _load_part(folder: str, part: str, device: torch.device):
    """One component of a saved model folder, in float32."""
    from diffusers import AutoencoderKLLTXVideo, LTXVideoTransformer3DModel
    from transformers import T5EncoderModel

    cls = {"vae": AutoencoderKLLTXVideo, "transformer": LTXVideoTransformer3DModel,
           "text_encoder": T5EncoderModel}[part]
    return cls.from_pretrained(Path(folder) / part, dtype=torch.float32).to(device)


def _prepare_vae(args, device: torch.device, work: Path | None, log, earlier: dict | None = None) -> dict:
    """Stages 1 and 2: the data set, the VAE and the normalised latents (kept in ``work`` when given). ``earlier``:
    the ``training.json`` of the ``--init`` folder, whose VAE is used."""
    from safetensors.torch import load_file, save_file

    if work is not None and (work / "latents.safetensors").is_file():
        data = load_file(work / "latents.safetensors")
        vae = tiny_ltx.build_vae()
        vae.load_state_dict(load_file(work / "vae.safetensors"))
        meta = json.loads((work / "vae.json").read_text())
        log(f"loaded VAE and latents {tuple(data['latents'].shape)} from {work}")
        return {"vae": vae.to(device).eval(), "latents": data["latents"].to(device), "cells": data["cells"].to(device),
                **meta, "loaded": True}
    began = time.monotonic()
    clips, masks, texts = render_dataset(args.clips, args.seed, args.workers)  # before CUDA starts: it forks
    log(f"rendered {len(clips)} clips")
    gen = torch.Generator(device=device).manual_seed(args.seed)
    clips, masks = clips.to(device), masks.to(device)
    vae_batch = args.vae_batch
    vae_record: dict = {}
    if earlier is not None:  # the VAE of an earlier run: kept as it is, or trained on with --tune-vae
        vae = _load_part(args.init, "vae", device)
        steps = earlier["steps"]
        vae_steps, vae_batch = steps["vae_steps"], steps["vae_batch"]
        vae_record = {k: steps[k] for k in ("vae_tuned", "edge_weight") if k in steps}
        if args.tune_vae:
            plan = StepPlan(args.vae_steps, args.vae_lr, args.vae_budget, _sync(device))
            tuned = train_vae(vae, clips, masks, plan, args.vae_batch, gen, log, args.edge_weight)
            vae_record = {**vae_record, "vae_tuned": vae_record.get("vae_tuned", []) + [
                {"steps": tuned, "batch": args.vae_batch, "lr": args.vae_lr, "edge_weight": args.edge_weight}]}
    else:
        vae = tiny_ltx.build_vae().to(device)
        plan = StepPlan(args.vae_steps, args.vae_lr, args.vae_budget, _sync(device))
        vae_steps = train_vae(vae, clips, masks, plan, args.vae_batch, gen, log, args.edge_weight)
        if args.edge_weight:
            vae_record = {"edge_weight": args.edge_weight}
    raw = encode_all(vae, clips)
    mean, std = raw.mean(dim=(0, 2, 3, 4)), raw.std(dim=(0, 2, 3, 4))
    vae.latents_mean.copy_(mean)
    vae.latents_std.copy_(std)
    latents = (raw - mean.view(1, -1, 1, 1, 1)) / std.view(1, -1, 1, 1, 1)
    cells = token_weight(masks, latents.shape[2], tiny_ltx.SIZE // latents.shape[3])
    log(f"encoded latents {tuple(latents.shape)}")
    del clips, masks
    meta = {"texts": texts, "clips": args.clips, "vae_steps": vae_steps, "vae_batch": vae_batch,
            "vae_record": vae_record, "vae_seconds": round(time.monotonic() - began)}
    if work is not None:
        work.mkdir(parents=True, exist_ok=True)
        save_file({k: v.detach().cpu().contiguous() for k, v in vae.state_dict().items()}, work / "vae.safetensors")
        save_file({"latents": latents.cpu().contiguous(), "cells": cells.cpu().contiguous()},
                  work / "latents.safetensors")
        (work / "vae.json").write_text(json.dumps(meta))
    return {"vae": vae, "latents": latents, "cells": cells, **meta, "loaded": False}


def step_count(given: int | None, budget_s: float, recipe: int) -> int:
    """A stage's step count before any budget cut: the count given; else, with a budget, as many as fit (the
    budget decides, ``StepPlan`` cuts the count once it has timed a few steps); else the recipe's count."""
    if given is not None:
        return given
    return 10**9 if budget_s else recipe


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="generator/default_model")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--clips", type=int, default=20000)
    ap.add_argument("--vae-steps", type=int, default=None,
                    help=f"default: as many as --vae-budget allows, else {VAE_STEPS}")
    ap.add_argument("--vae-batch", type=int, default=48)
    ap.add_argument("--vae-budget", type=float, default=0.0, help="seconds; 0: no limit")
    ap.add_argument("--vae-lr", type=float, default=1e-3, help="peak learning rate of the VAE")
    ap.add_argument("--edge-weight", type=float, default=0.0,
                    help="weight of the VAE's edge loss (difference of spatial gradients); 0: pixels only")
    ap.add_argument("--tune-vae", action="store_true",
                    help="with --init: train its VAE on (--vae-steps/--vae-budget at --vae-lr) before the transformer")
    ap.add_argument("--steps", type=int, default=None, help=f"default: as many as --budget allows, else {STEPS}")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--budget", type=float, default=0.0, help="seconds for the transformer; 0: no limit")
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--device", default="auto", help="auto (CUDA when present), cuda or cpu")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--workers", type=int, default=1, help="processes that render the clips")
    ap.add_argument("--work", default="",
                    help="folder that keeps the clips' latents and the VAE between stages (not with --init)")
    ap.add_argument("--init", default="",
                    help="a saved model folder: keep its VAE's weights (its latent statistics are measured again on "
                         "this run's clips), fine-tune its transformer and text encoder")
    ap.add_argument("--precision", choices=("auto", "float32"), default="auto",
                    help="auto: the transformer's matrix products in bfloat16 on a GPU, float32 on a CPU")
    ap.add_argument("--lr", type=float, default=1e-3, help="peak learning rate of the transformer")
    ap.add_argument("--noise-shift", type=float, default=1.0,
                    help="shift the transformer's training noise levels towards pure noise (1: logit-normal)")
    ap.add_argument("--stage", choices=("all", "vae"), default="all",
                    help="vae: stop after the VAE and the latents (needs --work)")
    args = ap.parse_args(argv)
    args.vae_steps = step_count(args.vae_steps, args.vae_budget, VAE_STEPS)
    args.steps = step_count(args.steps, args.budget, STEPS)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = _device(args.device)
    start = time.monotonic()

    def log(msg: str) -> None:
        print(f"[{time.monotonic() - start:7.1f}s] {msg}", flush=True)

    torch.manual_seed(args.seed)
    work = Path(args.work) if args.work else None
    if args.stage == "vae" and work is None:
        ap.error("--stage vae needs --work")
    if args.tune_vae and not args.init:
        ap.error("--tune-vae needs --init (a from-scratch run trains its VAE anyway)")
    if args.init and work is not None:
        ap.error("--init takes its VAE from the folder; --work would replace it with the VAE cached there")
    earlier = json.loads((Path(args.init) / "training.json").read_text()) if args.init else None
    prepared = _prepare_vae(args, device, work, log, earlier)
    if args.stage == "vae":
        return
    vae = prepared["vae"]
    if args.init:  # fine-tune an earlier run's transformer and text encoder
        transformer = _load_part(args.init, "transformer", device)
        text_encoder = _load_part(args.init, "text_encoder", device)
        args.layers, args.heads = transformer.config.num_layers, transformer.config.num_attention_heads
    else:
        transformer = tiny_ltx.build_transformer(args.layers, args.heads).to(device)
        text_encoder = tiny_ltx.build_text_encoder().to(device)
    tokenizer = tiny_ltx.build_tokenizer()
    gen = torch.Generator(device=device).manual_seed(args.seed + 1)
    plan = StepPlan(args.steps, args.lr, args.budget, _sync(device))
    transformer, text_encoder, steps = train_transformer(
        transformer, text_encoder, tokenizer, prepared["latents"], prepared["texts"], plan, args.batch, gen, log,
        vae.spatial_compression_ratio, cell_weight=prepared["cells"],
        bf16=device.type == "cuda" and args.precision == "auto", noise_shift=args.noise_shift)
    import diffusers

    diffusers.utils.logging.set_verbosity_error()  # it warns that float16 does not run on a CPU: we only save
    pipe = diffusers.LTXConditionPipeline(scheduler=tiny_ltx.build_scheduler(), vae=vae, text_encoder=text_encoder,
                                          tokenizer=tokenizer, transformer=transformer)
    pipe.to("cpu", torch.float16)
    out = Path(args.out)
    pipe.save_pretrained(out, safe_serialization=True)
    seconds = time.monotonic() - start
    if prepared["loaded"]:  # the VAE stage ran in an earlier process: count its time too
        seconds += prepared["vae_seconds"]
    record = {"clips": prepared["clips"], "vae_steps": prepared["vae_steps"], "vae_batch": prepared["vae_batch"],
              "transformer_steps": steps, "batch": args.batch, "lr": args.lr, "precision": args.precision,
              "layers": args.layers, "heads": args.heads, **prepared.get("vae_record", {})}
    if args.noise_shift != 1.0:
        record["noise_shift"] = args.noise_shift
    record["seed"] = args.seed  # which clips this stage saw: a fine-tune on fresh clips draws them with another seed
    if earlier is not None:  # what the fine-tuned run had done before
        record["after"] = earlier["steps"]
        seconds += earlier["training_seconds"]
    (out / "training.json").write_text(tiny_ltx.model_card(args.seed, seconds, record,
        trained_on=torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"))
    log(f"saved to {out}")


if __name__ == "__main__":
    main()
