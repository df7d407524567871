"""Train the embedded default model from scratch, reproducibly, on this CPU.

    python -m generator.train_default --out generator/default_model --seed 0

Three stages, all on procedurally rendered captioned clips (``generator.procedural.training_clip``):
1. the VAE (``AutoencoderKLLTXVideo``) learns to reconstruct 17-frame 64x64 clips;
2. the clips are encoded once and the latent statistics stored in the VAE (``latents_mean``/``latents_std``);
3. the transformer and the text encoder learn rectified flow (the objective LTX-Video uses: predict
   noise - clean latents) with random frame conditioning, in the two forms ``LTXConditionPipeline`` feeds
   at inference: clean latent frames in place at the start (image-to-video, extend forward) and clean latent
   frames appended as extra tokens with their own positions (extend backward, bridge).
The result is saved with ``save_pretrained`` and loads with ``LTXConditionPipeline.from_pretrained``.
"""

from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

import torch

from generator import tiny_ltx
from generator.procedural import training_clip

_T = 2  # VAE temporal compression
_LATENT_FRAMES = (tiny_ltx.TRAIN_FRAMES - 1) // _T + 1


def render_dataset(n: int, seed: int) -> tuple[torch.Tensor, torch.Tensor, list[str]]:
    clips, masks, texts = [], [], []
    for i in range(n):
        c = training_clip(seed * 1_000_003 + i, frames=tiny_ltx.TRAIN_FRAMES, size=tiny_ltx.SIZE)
        clips.append(torch.from_numpy(c.frames))
        masks.append(torch.from_numpy(c.masks))
        texts.append(c.caption)
    return torch.stack(clips), torch.stack(masks), texts


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


def train_vae(vae, clips: torch.Tensor, masks: torch.Tensor, steps: int, batch: int, gen: torch.Generator,
              log) -> None:
    opt = torch.optim.AdamW(vae.parameters(), lr=1e-3, weight_decay=0.0)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1e-3, total_steps=steps, pct_start=0.1)
    vae.train()
    for step in range(steps):
        idx = torch.randint(0, len(clips), (batch,), generator=gen)
        x = to_model(clips[idx])
        w = object_weight(masks[idx], 20.0)
        posterior = vae.encode(x).latent_dist
        z = posterior.sample(generator=gen)
        y = vae.decode(z).sample
        rec = (w * ((y - x).abs() + (y - x).pow(2))).mean() / w.mean()
        kl = posterior.kl().mean() / z[0].numel()
        loss = rec + 1e-4 * kl
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(vae.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0 or step == steps - 1:
            log(f"vae step {step}/{steps} rec {rec.item():.4f} kl {kl.item():.3f}")
    vae.eval()


@torch.no_grad()
def encode_all(vae, clips: torch.Tensor, batch: int = 32) -> torch.Tensor:
    out = [vae.encode(to_model(clips[i:i + batch])).latent_dist.mode() for i in range(0, len(clips), batch)]
    return torch.cat(out)


def train_transformer(transformer, text_encoder, tokenizer, latents: torch.Tensor, texts: list[str], steps: int,
                      batch: int, gen: torch.Generator, log, cell_weight: torch.Tensor | None = None):
    from diffusers import LTXConditionPipeline as P

    ids = tokenizer(texts, padding="max_length", max_length=tiny_ltx.MAX_TOKENS, truncation=True,
                    return_tensors="pt")
    empty = tokenizer([""], padding="max_length", max_length=tiny_ltx.MAX_TOKENS, return_tensors="pt")
    params = list(transformer.parameters()) + list(text_encoder.parameters())
    opt = torch.optim.AdamW(params, lr=1e-3, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1e-3, total_steps=steps, pct_start=0.1)
    ema = copy.deepcopy(transformer).requires_grad_(False)
    ema_text = copy.deepcopy(text_encoder).requires_grad_(False)
    p = transformer.config.patch_size
    _, c, f, h, w = latents.shape
    main_ids = P._prepare_video_ids(1, f, h, w, patch_size=p)
    main_coords = P._scale_video_ids(main_ids, scale_factor=16, scale_factor_t=_T, frame_index=0).float()
    tokens_per_frame = (h // p) * (w // p)
    transformer.train()
    text_encoder.train()
    for step in range(steps):
        idx = torch.randint(0, len(latents), (batch,), generator=gen)
        x0 = latents[idx]
        input_ids, mask = ids.input_ids[idx].clone(), ids.attention_mask[idx].clone()
        drop = torch.rand(batch, generator=gen) < 0.1
        input_ids[drop], mask[drop] = empty.input_ids[0], empty.attention_mask[0]
        # Noise level: logit-normal, as in rectified-flow training of LTX-Video and SD3.
        sigma = torch.sigmoid(torch.randn(batch, generator=gen))
        noise = torch.randn(x0.shape, generator=gen)
        xt = (1 - sigma.view(-1, 1, 1, 1, 1)) * x0 + sigma.view(-1, 1, 1, 1, 1) * noise
        target = noise - x0
        # In-place conditioning on the first k latent frames (image-to-video, extend forward, bridge start).
        k = torch.where(torch.rand(batch, generator=gen) < 0.5,
                        torch.randint(1, 5, (batch,), generator=gen), torch.zeros(batch, dtype=torch.long))
        frame_cond = torch.arange(f)[None, :] < k[:, None]  # B x F
        cond_noise = 0.15 * sigma.view(-1, 1, 1, 1, 1) ** 2 * torch.randn(x0.shape, generator=gen)
        fc = frame_cond[:, None, :, None, None]
        xt = torch.where(fc, x0 + cond_noise, xt)
        packed = P._pack_latents(xt, p)
        tok_cond = frame_cond.repeat_interleave(tokens_per_frame, dim=1)  # B x S
        t_main = torch.where(tok_cond, torch.zeros(()), sigma[:, None] * 1000)
        coords = main_coords.repeat(batch, 1, 1)
        # Appended conditioning tokens: m clean latent frames from position j (extend backward, bridge end).
        m = int(torch.randint(0, 3, (1,), generator=gen)) if torch.rand(1, generator=gen) < 0.4 else 0
        hidden, timestep = packed, t_main
        if m:
            j = torch.randint(1, f - m + 1, (batch,), generator=gen)
            extra = torch.stack([x0[b, :, j[b]:j[b] + m] for b in range(batch)])
            extra = extra + 0.15 * sigma.view(-1, 1, 1, 1, 1) ** 2 * torch.randn(extra.shape, generator=gen)
            extra_ids = P._prepare_video_ids(batch, m, h, w, patch_size=p)
            extra_coords = torch.cat([P._scale_video_ids(extra_ids[b:b + 1], scale_factor=16, scale_factor_t=_T,
                                                         frame_index=int(2 * j[b] - 1)) for b in range(batch)])
            hidden = torch.cat([P._pack_latents(extra, p), packed], dim=1)
            timestep = torch.cat([torch.zeros(batch, extra_ids.shape[-1]), t_main], dim=1)
            coords = torch.cat([extra_coords.float(), coords], dim=2)
        coords = coords.clone()
        coords[:, 0] = coords[:, 0] / tiny_ltx.FRAME_RATE
        text = text_encoder(input_ids, attention_mask=mask)[0]
        pred = transformer(hidden_states=hidden, encoder_hidden_states=text, timestep=timestep,
                           encoder_attention_mask=mask.bool(), video_coords=coords, return_dict=False)[0]
        pred = pred[:, -packed.shape[1]:]
        weight = (~tok_cond).float()
        if cell_weight is not None:  # tokens that hold the object count more
            weight = weight * (1.0 + 8.0 * cell_weight[idx].flatten(1))
        weight = weight.unsqueeze(-1)
        loss = ((pred - P._pack_latents(target, p)) ** 2 * weight).sum() / (weight.sum() * pred.shape[-1])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        decay = min(0.998, (1 + step) / (10 + step))
        with torch.no_grad():
            for model, avg in ((transformer, ema), (text_encoder, ema_text)):
                for a, b in zip(avg.parameters(), model.parameters()):
                    a.lerp_(b, 1 - decay)
        if step % 100 == 0 or step == steps - 1:
            log(f"transformer step {step}/{steps} loss {loss.item():.4f}")
    return ema.eval(), ema_text.eval()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="generator/default_model")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--clips", type=int, default=3000)
    ap.add_argument("--vae-steps", type=int, default=1500)
    ap.add_argument("--steps", type=int, default=2400)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    start = time.monotonic()

    def log(msg: str) -> None:
        print(f"[{time.monotonic() - start:7.1f}s] {msg}", flush=True)

    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    clips, masks, texts = render_dataset(args.clips, args.seed)
    log(f"rendered {len(clips)} clips")
    vae, transformer = tiny_ltx.build_vae(), tiny_ltx.build_transformer()
    text_encoder, tokenizer = tiny_ltx.build_text_encoder(), tiny_ltx.build_tokenizer()
    train_vae(vae, clips, masks, args.vae_steps, 8, gen, log)
    raw = encode_all(vae, clips)
    mean, std = raw.mean(dim=(0, 2, 3, 4)), raw.std(dim=(0, 2, 3, 4))
    vae.latents_mean.copy_(mean)
    vae.latents_std.copy_(std)
    latents = (raw - mean.view(1, -1, 1, 1, 1)) / std.view(1, -1, 1, 1, 1)
    log(f"encoded latents {tuple(latents.shape)}")
    cells = token_weight(masks, latents.shape[2], tiny_ltx.SIZE // latents.shape[3])
    transformer, text_encoder = train_transformer(transformer, text_encoder, tokenizer, latents, texts, args.steps,
                                                  args.batch, gen, log, cell_weight=cells)
    from diffusers import LTXConditionPipeline

    pipe = LTXConditionPipeline(scheduler=tiny_ltx.build_scheduler(), vae=vae, text_encoder=text_encoder,
                                tokenizer=tokenizer, transformer=transformer)
    out = Path(args.out)
    pipe.save_pretrained(out, safe_serialization=True)
    seconds = time.monotonic() - start
    (out / "training.json").write_text(tiny_ltx.model_card(args.seed, seconds, {
        "clips": args.clips, "vae_steps": args.vae_steps, "transformer_steps": args.steps, "batch": args.batch}))
    log(f"saved to {out}")


if __name__ == "__main__":
    main()
