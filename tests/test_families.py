"""Other pipeline families through ``clipseal generate --model FOLDER``, without downloads: tiny random instances
built from configs here (as diffusers tests its own pipelines), saved with ``save_pretrained`` and loaded the real
way. Today: Wan and CogVideoX (text-, image- and video-to-video each), Wan VACE (every mode, in windows), SkyReels-V2 (text- and image-to-video,
bridges, extension, long clips by diffusion forcing), HunyuanVideo (text-to-video) and FramePack, LTX-Video's
one-call pipelines, and LTX-2 (with its sound track)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.conftest import ROOT, encode_clip, run_cli, run_in_process

WAN_CLASSES = ("WanPipeline", "WanImageToVideoPipeline", "WanVideoToVideoPipeline")


def tiny_wan(folder: Path, class_name: str, card: bool | dict = True) -> Path:
    """A Wan pipeline of the given class with a few layers and channels (random weights, our tiny tokenizer); also
    SkyReels-V2's, which are built from Wan's parts with their own transformer and a flow UniPC scheduler.
    ``card``: our training.json (True: 64 x 64; a dict: that card)."""
    import diffusers
    import torch
    from diffusers import (AutoencoderKLWan, FlowMatchEulerDiscreteScheduler, SkyReelsV2Transformer3DModel,
                           UniPCMultistepScheduler, WanTransformer3DModel, WanVACETransformer3DModel)
    from transformers import AutoTokenizer, UMT5Config, UMT5EncoderModel

    torch.manual_seed(0)
    vae = AutoencoderKLWan(base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
                           temperal_downsample=[False, True, True])
    # image-to-video without an image encoder (Wan 2.1-style latent conditioning): 16 noise + 4 mask + 16 image
    channels = 36 if class_name in ("WanImageToVideoPipeline", "SkyReelsV2ImageToVideoPipeline") else 16
    skyreels = class_name.startswith("SkyReelsV2")
    # VACE: a context branch on every layer, fed the given frames' latents (16), the made frames' (16) and the
    # mask folded from 8 x 8 pixels (64)
    vace = {"vace_layers": [0, 1], "vace_in_channels": 96} if class_name == "WanVACEPipeline" else {}
    # SkyReels-V2's image-to-video also attends to a CLIP image encoder's features (Wan 2.1 I2V-14B style)
    clip_image = class_name == "SkyReelsV2ImageToVideoPipeline"
    image = {"image_dim": 8, "added_kv_proj_dim": 24} if clip_image else {}
    transformer = (SkyReelsV2Transformer3DModel if skyreels else
                   WanVACETransformer3DModel if vace else WanTransformer3DModel)(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=channels, out_channels=16,
        text_dim=32, freq_dim=256, ffn_dim=32, num_layers=2, **vace, **image)
    scheduler = (UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True, flow_shift=8.0)
                 if skyreels else FlowMatchEulerDiscreteScheduler(shift=7.0))
    tokenizer = AutoTokenizer.from_pretrained(ROOT / "generator" / "default_model" / "tokenizer")
    text_encoder = UMT5EncoderModel(UMT5Config(vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=37, num_layers=2,
                                               num_heads=4, relative_attention_num_buckets=8))
    parts = {}
    if clip_image:
        from transformers import CLIPImageProcessor, CLIPVisionConfig, CLIPVisionModelWithProjection

        parts = {"image_encoder": CLIPVisionModelWithProjection(CLIPVisionConfig(
                     hidden_size=8, projection_dim=8, num_hidden_layers=2, num_attention_heads=2, image_size=32,
                     intermediate_size=16, patch_size=4)),
                 "image_processor": CLIPImageProcessor(crop_size=32, size=32)}
    pipe = getattr(diffusers, class_name)(tokenizer=tokenizer, text_encoder=text_encoder, vae=vae,
                                          scheduler=scheduler, transformer=transformer, **parts)
    pipe.save_pretrained(folder)
    if card:  # our model card: generate at 64 x 64 so the test stays fast (without it: Wan's own 832 x 480)
        (folder / "training.json").write_text(json.dumps(card if isinstance(card, dict) else {"size": 64}))
    return folder


COGVIDEOX_CLASSES = ("CogVideoXPipeline", "CogVideoXImageToVideoPipeline", "CogVideoXVideoToVideoPipeline")


def tiny_cogvideox(folder: Path, class_name: str, card: bool = True, version: str = "1.0") -> Path:
    """A CogVideoX pipeline of the given class with one layer and a few channels (random weights): 1.0-style, or
    1.5-style (time patched in pairs, rotary position embeddings)."""
    import diffusers
    import torch
    from diffusers import AutoencoderKLCogVideoX, CogVideoXDDIMScheduler, CogVideoXTransformer3DModel
    from transformers import AutoTokenizer, T5Config, T5EncoderModel

    torch.manual_seed(0)
    # image-to-video concatenates the image's latents to the noise: twice the input channels
    channels = 8 if class_name == "CogVideoXImageToVideoPipeline" else 4
    # 1.5: rotary embeddings split each head 2:3:3 over time, height and width (a head of 16: 4 + 6 + 6)
    v15 = {"patch_size_t": 2, "use_rotary_positional_embeddings": True} if version == "1.5" else {}
    transformer = CogVideoXTransformer3DModel(num_attention_heads=2, attention_head_dim=16 if v15 else 8,
                                              in_channels=channels,
                                              out_channels=4, time_embed_dim=2, text_embed_dim=32, num_layers=1,
                                              sample_width=12, sample_height=8, sample_frames=9, patch_size=2,
                                              temporal_compression_ratio=4, max_text_seq_length=226, **v15)
    vae = AutoencoderKLCogVideoX(down_block_types=("CogVideoXDownBlock3D",) * 4,
                                 up_block_types=("CogVideoXUpBlock3D",) * 4, block_out_channels=(8, 8, 8, 8),
                                 latent_channels=4, layers_per_block=1, norm_num_groups=2, temporal_compression_ratio=4)
    tokenizer = AutoTokenizer.from_pretrained(ROOT / "generator" / "default_model" / "tokenizer")
    text_encoder = T5EncoderModel(T5Config(vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=37, num_layers=2,
                                           num_heads=4, relative_attention_num_buckets=8))
    pipe = getattr(diffusers, class_name)(tokenizer=tokenizer, text_encoder=text_encoder, vae=vae,
                                          transformer=transformer, scheduler=CogVideoXDDIMScheduler())
    pipe.save_pretrained(folder)
    if card:
        (folder / "training.json").write_text(json.dumps({"size": 64}))
    return folder


def tiny_wan22(folder: Path) -> Path:
    """Wan 2.2's A14B layout: two experts of the same shape, the second taking over below ``boundary_ratio`` of the
    noise schedule (random weights, seeded apart)."""
    import diffusers
    import torch

    base = diffusers.WanPipeline.from_pretrained(tiny_wan(folder.with_name(folder.name + "-base"), "WanPipeline"))
    torch.manual_seed(1)
    config = {k: v for k, v in base.transformer.config.items() if not k.startswith("_")}
    pipe = diffusers.WanPipeline(tokenizer=base.tokenizer, text_encoder=base.text_encoder, vae=base.vae,
                                 scheduler=base.scheduler, transformer=base.transformer,
                                 transformer_2=diffusers.WanTransformer3DModel(**config), boundary_ratio=0.875)
    pipe.save_pretrained(folder)
    (folder / "training.json").write_text(json.dumps({"size": 64}))
    return folder


@pytest.mark.slow
def test_wan22_two_experts(env, tmp_path):
    """A Wan 2.2 two-expert folder generates like any Wan folder, and the manifest's weights digest covers both
    experts' files."""
    import hashlib

    folder = tiny_wan22(tmp_path / "wan22")
    out = tmp_path / "t2v.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(folder), "-o", str(out), "--frames", "10",
                     "--seed", "3")
    report = _verified(env, out)
    _assert_stamped(report, made)
    files = sorted(folder.rglob("*.safetensors"))
    assert any(p.parent.name == "transformer_2" for p in files)
    lines = sorted(f"{p.relative_to(folder).as_posix()} {hashlib.sha256(p.read_bytes()).hexdigest()}" for p in files)
    assert report["c2pa"]["generation"]["weights_sha256"] == "sha256:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()


@pytest.fixture(scope="module")
def cogvideox_models(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("cogvideox")
    return {name: tiny_cogvideox(base / name, name) for name in COGVIDEOX_CLASSES}


@pytest.fixture(scope="module")
def wan_models(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wan")
    return {name: tiny_wan(base / name, name) for name in WAN_CLASSES}


def _generate(env, *args, fresh: bool = False) -> dict:
    """``clipseal generate ... --json``: in this process (the command's own code, without the 10 s import of a new
    one), or ``fresh`` as a user runs it, where nothing a loader prints may reach stderr."""
    r = run_cli("generate", *args, "--json", env=env, timeout=600) if fresh else run_in_process(
        "generate", *args, "--json", env=env)
    assert r.returncode == 0, r.stderr
    assert not r.stderr.strip(), r.stderr  # no loader chatter, no progress bar
    return json.loads(r.stdout)


def _stamped_clip(env, out: Path, prompt: str, *args: str) -> tuple[dict, dict]:
    """Generate ``out`` through the command line, verify it, check it is signed and marked: (made, report)."""
    made = _generate(env, prompt, *args, "-o", str(out))
    report = _verified(env, out)
    _assert_stamped(report, made)
    return made, report


def _verified(env, clip: Path) -> dict:
    r = run_in_process("verify", str(clip), "--json", env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _photo(tmp_path: Path) -> Path:
    """A still to animate: a yellow ball on blue."""
    image = tmp_path / "photo.png"
    img = np.zeros((96, 128, 3), np.uint8)
    img[:] = (40, 120, 200)
    cv2.circle(img, (64, 48), 20, (250, 240, 10), -1)
    cv2.imwrite(str(image), img)
    return image


def _assert_stamped(report: dict, made: dict) -> None:
    """Signed, and the manifest's soft binding is the payload embedded. Whether the mark reads back from a random
    model's frames (often saturated noise) depends on the seed; on real output that is the watermark tests'
    business, and the seeded text-to-video tests here check it."""
    assert report["c2pa"]["state"] == "Trusted" and report["verdict"] in ("synthetic", "extended")
    binding = report["c2pa"]["soft_binding"]["blocks"][0]["value"]
    assert base64.b64decode(binding).hex() == made["watermark_payload"]
    if report["watermark"]["present"]:
        assert report["watermark"]["payload"] == made["watermark_payload"]


def test_wan_image_to_video(wan_models, env, tmp_path):
    image = _photo(tmp_path)
    out = tmp_path / "i2v.mp4"
    made = _generate(env, "the ball starts to roll", "--model", str(wan_models["WanImageToVideoPipeline"]),
                     "--image", str(image), "-o", str(out), "--frames", "9")
    assert made["mode"] == "i2v" and made["frames"] == 9
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert report["c2pa"]["ingredients"] and report["c2pa"]["ingredients"][0]["title"] == "photo.png"


def test_wan_video_to_video(wan_models, env, tmp_path):
    source = encode_clip(tmp_path / "source.mp4", "libx264", "mp4", frames=14, size=(96, 64), rate=16)
    out = tmp_path / "v2v.mp4"
    made = _generate(env, "the same street in the snow", "--mode", "v2v", "--model",
                     str(wan_models["WanVideoToVideoPipeline"]), "--video", str(source), "-o", str(out))
    report = _verified(env, out)
    assert report["media"]["frames"] == made["frames"]  # padded for the VAE, trimmed back
    _assert_stamped(report, made)


def test_wan_modes_it_lacks_and_refusals_cost_no_load(wan_models, env, tmp_path):
    """A mode the class does not have, and a refused prompt, end before any weights are read: proven with a folder
    whose transformer weights are gone."""
    broken = tmp_path / "broken"
    tiny_wan(broken, "WanPipeline")
    for f in (broken / "transformer").glob("*.safetensors"):
        f.unlink()
    clip = encode_clip(tmp_path / "clip.mp4", "libx264", "mp4", frames=12, size=(96, 64))
    r = run_in_process("generate", "a kite", "--model", str(broken), "--mode", "bridge", "--video", str(clip),
                       "--video-end", str(clip), "-o", str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "supports: t2v" in r.stderr
    r = run_in_process("generate", "Joe Biden giving a speech at the White House", "--model", str(broken),
                       "-o", str(tmp_path / "y.mp4"), env=env)
    assert r.returncode == 1 and "refused" in (r.stderr + r.stdout).lower()
    assert not (tmp_path / "y.mp4").exists()
    r = run_in_process("generate", "a kite", "--model", str(broken), "-o", str(tmp_path / "z.mp4"), env=env)
    assert r.returncode == 2 and "cannot load model" in r.stderr  # the weights really are needed


def test_wan_defaults_without_a_card(tmp_path):
    """Without our training.json card, a Wan folder generates at Wan's own 832 x 480 and 16 fps."""
    from generator.models import load_model

    model = load_model(tiny_wan(tmp_path / "nocard", "WanPipeline", card=False), device="cpu")
    assert model.native_size == (832, 480) and model.frame_rate == 16 and model.modes == ("t2v",)


def test_cogvideox_image_and_video_to_video(cogvideox_models, env, tmp_path):
    image = _photo(tmp_path)
    out = tmp_path / "i2v.mp4"
    made = _generate(env, "the ball starts to roll", "--model", str(cogvideox_models["CogVideoXImageToVideoPipeline"]),
                     "--image", str(image), "-o", str(out), "--frames", "9")
    assert made["mode"] == "i2v" and made["frames"] == 9 and made["watermark_payload"]
    report = _verified(env, out)
    # the random model's frames are saturated noise where the mark cannot always be read back: the credentials are
    assert report["c2pa"]["state"] == "Trusted" and report["verdict"] in ("synthetic", "extended")
    assert report["c2pa"]["ingredients"][0]["title"] == "photo.png"
    assert report["c2pa"]["generation"]["model_id"] == "CogVideoXImageToVideoPipeline"

    source = encode_clip(tmp_path / "source.mp4", "libx264", "mp4", frames=14, size=(96, 64), rate=8)
    out = tmp_path / "v2v.mp4"
    made = _generate(env, "the same street in the snow", "--mode", "v2v", "--model",
                     str(cogvideox_models["CogVideoXVideoToVideoPipeline"]), "--video", str(source), "-o", str(out))
    report = _verified(env, out)
    assert report["media"]["frames"] == made["frames"] == 14  # padded to 17 for the VAE, trimmed back
    _assert_stamped(report, made)


def test_cogvideox_defaults_and_modes(tmp_path, env):
    """Without a card: the transformer's trained size in latents times the VAE's scale, CogVideoX's 8 fps; a mode
    the class lacks is refused before loading."""
    from generator.models import load_model

    model = load_model(tiny_cogvideox(tmp_path / "nocard", "CogVideoXPipeline", card=False), device="cpu")
    assert model.native_size == (96, 64) and model.frame_rate == 8 and model.modes == ("t2v",)
    r = run_in_process("generate", "a kite", "--model", str(tmp_path / "nocard"), "--mode", "extend", "--video",
                       str(encode_clip(tmp_path / "c.mp4", "libx264", "mp4", frames=8, size=(96, 64))), "-o",
                       str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "supports: t2v" in r.stderr


@pytest.mark.slow
def test_cogvideox_15_makes_16_fps(env, tmp_path):
    """A CogVideoX 1.5-shaped transformer (time patched in pairs) is given 16 fps, 1.5's rate, without a card; 10
    frames asked come back as 10 (the pipeline pads the latent frames to an even count and drops the padding)."""
    from generator.models import load_model

    folder = tiny_cogvideox(tmp_path / "cogvideox15", "CogVideoXPipeline", card=False, version="1.5")
    assert load_model(folder, device="cpu").frame_rate == 16
    (folder / "training.json").write_text(json.dumps({"size": 64}))
    out = tmp_path / "t2v.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(folder), "-o", str(out), "--frames", "10")
    assert made["frames"] == 10 and made["frame_rate"] == 16.0
    _assert_stamped(_verified(env, out), made)


def test_skyreels_diffusion_forcing_long_clip(env, tmp_path):
    """Longer than one window: diffusion forcing makes 48 frames in windows of 17, each later one a continuation
    holding the last 13 frames made; the clip is stamped and marked throughout."""
    model = tiny_wan(tmp_path / "df", "SkyReelsV2DiffusionForcingPipeline", card={"size": 64, "window_frames": 17})
    out = tmp_path / "long.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(model), "-o", str(out), "--frames", "48",
                     "--seed", "3")
    assert made["frames"] == 48
    report = _verified(env, out)
    assert report["media"]["frames"] == 48 and report["watermark"]["present"]
    assert report["watermark"]["marked_ranges_s"] == [[0.0, 2.0]]


def tiny_hunyuan_video(folder: Path, card: bool = True) -> Path:
    """A HunyuanVideo text-to-video pipeline with one layer of each kind (random weights; a tiny Llama and CLIP text
    encoder over our tiny tokenizer)."""
    import torch
    from diffusers import FlowMatchEulerDiscreteScheduler, HunyuanVideoPipeline, HunyuanVideoTransformer3DModel

    parts = hunyuan_parts()
    torch.manual_seed(0)
    transformer = HunyuanVideoTransformer3DModel(in_channels=4, out_channels=4, num_attention_heads=2,
                                                 attention_head_dim=10, num_layers=1, num_single_layers=1,
                                                 num_refiner_layers=1, patch_size=1, patch_size_t=1,
                                                 guidance_embeds=True, text_embed_dim=16, pooled_projection_dim=8,
                                                 rope_axes_dim=(2, 4, 4))
    pipe = HunyuanVideoPipeline(transformer=transformer, scheduler=FlowMatchEulerDiscreteScheduler(shift=7.0), **parts)
    pipe.save_pretrained(folder)
    if card:
        (folder / "training.json").write_text(json.dumps({"size": 64}))
    return folder


def tiny_framepack(folder: Path, card: dict | None = None) -> Path:
    """HunyuanVideo FramePack (image-to-video in sections of a few latent frames, each attending to a compressed
    history): HunyuanVideo's tiny text encoders and VAE, a SigLIP image encoder of two layers."""
    import torch
    from diffusers import (FlowMatchEulerDiscreteScheduler, HunyuanVideoFramepackPipeline,
                           HunyuanVideoFramepackTransformer3DModel)
    from transformers import SiglipImageProcessor, SiglipVisionConfig, SiglipVisionModel

    parts = hunyuan_parts()
    torch.manual_seed(0)
    transformer = HunyuanVideoFramepackTransformer3DModel(
        in_channels=4, out_channels=4, num_attention_heads=2, attention_head_dim=10, num_layers=1,
        num_single_layers=1, num_refiner_layers=1, patch_size=2, patch_size_t=1, guidance_embeds=True,
        text_embed_dim=16, pooled_projection_dim=8, rope_axes_dim=(2, 4, 4), has_image_proj=True, image_proj_dim=8,
        has_clean_x_embedder=True)
    image_encoder = SiglipVisionModel(SiglipVisionConfig(hidden_size=8, intermediate_size=16, num_hidden_layers=2,
                                                         num_attention_heads=2, image_size=32, patch_size=4))
    pipe = HunyuanVideoFramepackPipeline(transformer=transformer, scheduler=FlowMatchEulerDiscreteScheduler(shift=7.0),
                                         image_encoder=image_encoder,
                                         feature_extractor=SiglipImageProcessor(size={"height": 32, "width": 32}),
                                         **parts)
    pipe.save_pretrained(folder)
    (folder / "training.json").write_text(json.dumps(card or {"size": 64}))
    return folder


def tiny_hunyuan_i2v(folder: Path) -> Path:
    """HunyuanVideo 1.0's image-to-video: a Llava text encoder (a CLIP vision tower giving the 24 x 24 = 576 image
    tokens the pipeline's prompt template expects, a Llama of two layers) over our tiny tokenizer with the Llama-3
    header tokens and ``<image>`` added; the image's latents concatenated to the noise (HunyuanVideo-I2V's
    ``latent_concat``)."""
    import torch
    from diffusers import FlowMatchEulerDiscreteScheduler, HunyuanVideoImageToVideoPipeline, HunyuanVideoTransformer3DModel
    from transformers import (AutoTokenizer, CLIPImageProcessor, CLIPVisionConfig, LlamaConfig, LlavaConfig,
                              LlavaForConditionalGeneration)

    parts = hunyuan_parts()
    tokenizer = AutoTokenizer.from_pretrained(ROOT / "generator" / "default_model" / "tokenizer")
    tokenizer.add_special_tokens({"additional_special_tokens": ["<|start_header_id|>", "<|end_header_id|>",
                                                                "<|eot_id|>", "<image>"]})
    torch.manual_seed(0)
    llava = LlavaForConditionalGeneration(LlavaConfig(
        vision_config=CLIPVisionConfig(hidden_size=8, intermediate_size=16, num_hidden_layers=2, num_attention_heads=2,
                                       image_size=24, patch_size=1, projection_dim=8).to_dict(),
        text_config=LlamaConfig(vocab_size=len(tokenizer), hidden_size=16, intermediate_size=37, num_hidden_layers=2,
                                num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048).to_dict(),
        image_token_index=tokenizer.convert_tokens_to_ids("<image>"), pad_token_id=0, vision_feature_layer=-2))
    transformer = HunyuanVideoTransformer3DModel(
        in_channels=4 * 2 + 1, out_channels=4, num_attention_heads=2, attention_head_dim=10, num_layers=1,
        num_single_layers=1, num_refiner_layers=1, patch_size=1, patch_size_t=1, guidance_embeds=False,
        text_embed_dim=16, pooled_projection_dim=8, rope_axes_dim=(2, 4, 4), image_condition_type="latent_concat")
    pipe = HunyuanVideoImageToVideoPipeline(
        text_encoder=llava, tokenizer=tokenizer, transformer=transformer, vae=parts["vae"],
        scheduler=FlowMatchEulerDiscreteScheduler(shift=7.0), text_encoder_2=parts["text_encoder_2"],
        tokenizer_2=parts["tokenizer_2"], image_processor=CLIPImageProcessor(crop_size=24, size=24))
    pipe.save_pretrained(folder)
    (folder / "training.json").write_text(json.dumps({"size": 64}))
    return folder


def _assert_animates(env, tmp_path: Path, model: Path, frames: int) -> tuple[Path, dict, dict]:
    """Image-to-video of ``frames`` frames, signed and marked, with the photo as its ingredient: (clip, made,
    report)."""
    out = tmp_path / "animated.mp4"
    made, report = _stamped_clip(env, out, "the ball starts to roll", "--model", str(model), "--image",
                                 str(_photo(tmp_path)), "--frames", str(frames), "--seed", "1")
    assert made["mode"] == "i2v" and made["frames"] == frames
    assert report["c2pa"]["ingredients"][0]["title"] == "photo.png"
    return out, made, report


def _assert_extends(env, tmp_path: Path, model: Path, rate: int) -> None:
    """A forward extension from the clip's last frame: the source passes through, 9 new frames follow, stamped."""
    first = encode_clip(tmp_path / "extend-source.mp4", "libx264", "mp4", frames=12, size=(96, 64), rate=rate)
    out = tmp_path / "extend-result.mp4"
    made, _ = _stamped_clip(env, out, "the street at night", "--model", str(model), "--video", str(first),
                            "--frames", "9", "--seed", "1")
    assert made["mode"] == "extend" and made["frames"] == 21
    assert np.abs(_frames(out)[:12] - _frames(first)).mean() < 6


@pytest.mark.slow
def test_hunyuan_image_to_video_opens_on_the_photo(env, tmp_path):
    """HunyuanVideo-I2V decodes the image's frames and drops them: the photo opens the clip, the clip has the frames
    asked for, stamped; it extends a clip from its last frame (``make test-all``)."""
    model = tiny_hunyuan_i2v(tmp_path / "HunyuanVideoImageToVideoPipeline")
    photo = _photo(tmp_path)
    out = tmp_path / "i2v.mp4"
    made = _generate(env, "the ball starts to roll", "--model", str(model), "--image", str(photo), "-o", str(out),
                     "--frames", "10", "--seed", "1")
    assert made["mode"] == "i2v" and made["frames"] == 10
    _assert_stamped(_verified(env, out), made)
    first = _frames(out)[0]
    expected = cv2.resize(cv2.cvtColor(cv2.imread(str(photo)), cv2.COLOR_BGR2RGB), first.shape[1::-1],
                          interpolation=cv2.INTER_CUBIC).astype(np.float32)
    assert np.abs(first - expected).mean() < 12  # the photo (through 64 x 64 and the encoder), not model noise
    _assert_extends(env, tmp_path, model, rate=24)


def hunyuan_parts() -> dict:
    """The tiny text encoders, tokenizers and VAE HunyuanVideo's pipelines share (random weights)."""
    import torch
    from diffusers import AutoencoderKLHunyuanVideo
    from transformers import AutoTokenizer, CLIPTextConfig, CLIPTextModel, LlamaConfig, LlamaModel

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(ROOT / "generator" / "default_model" / "tokenizer")
    vae = AutoencoderKLHunyuanVideo(latent_channels=4, down_block_types=("HunyuanVideoDownBlock3D",) * 4,
                                    up_block_types=("HunyuanVideoUpBlock3D",) * 4, block_out_channels=(8, 8, 8, 8),
                                    layers_per_block=1, norm_num_groups=4, temporal_compression_ratio=4)
    llama = LlamaModel(LlamaConfig(vocab_size=len(tokenizer), hidden_size=16, intermediate_size=37, num_hidden_layers=2,
                                   num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512))
    clip = CLIPTextModel(CLIPTextConfig(vocab_size=len(tokenizer), hidden_size=8, intermediate_size=37,
                                        num_hidden_layers=2, num_attention_heads=4, projection_dim=8,
                                        max_position_embeddings=77, bos_token_id=0, eos_token_id=1, pad_token_id=0))
    return {"text_encoder": llama, "tokenizer": tokenizer, "vae": vae, "text_encoder_2": clip,
            "tokenizer_2": tokenizer}


def test_hunyuan_video_defaults_and_modes(tmp_path, env):
    """Without our card: HunyuanVideo's own 1280 x 720 at 24 fps; a mode it lacks is refused."""
    from generator.models import load_model

    folder = tiny_hunyuan_video(tmp_path / "nocard", card=False)
    model = load_model(folder, device="cpu")
    assert model.native_size == (1280, 720) and model.frame_rate == 24 and model.modes == ("t2v",)
    clip = encode_clip(tmp_path / "clip.mp4", "libx264", "mp4", frames=8, size=(96, 64))
    r = run_in_process("generate", "a kite", "--model", str(folder), "--mode", "v2v", "--video", str(clip), "-o",
                       str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "supports: t2v" in r.stderr


def test_model_provenance_and_device_options(cogvideox_models, env, tmp_path):
    """The manifest names the pipeline class and a digest of the folder's weight files (the same as hashing them
    here); the action's software agent names the model. A device that is not there, or offloading on the CPU, is a
    one-line error before weights load, and no file is written."""
    import hashlib

    folder = cogvideox_models["CogVideoXPipeline"]
    out = tmp_path / "t2v.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(folder), "-o", str(out), "--frames", "9",
                     "--seed", "5", "--device", "cpu", "--dtype", "float32", "--vae-tiling")
    report = _verified(env, out)
    generation = report["c2pa"]["generation"]
    lines = sorted(f"{p.relative_to(folder).as_posix()} {hashlib.sha256(p.read_bytes()).hexdigest()}"
                   for p in folder.rglob("*.safetensors"))
    assert generation["pipeline"] == "CogVideoXPipeline" and generation["seed"] == 5 == made["seed"]
    assert generation["weights_sha256"] == "sha256:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()
    agent = report["c2pa"]["actions"][0]["softwareAgent"]["name"]
    assert agent.startswith("clipseal") and "CogVideoXPipeline" in agent
    for flags, message in ((["--device", "cuda"], "no CUDA GPU"), (["--offload", "model"], "runs on the CPU")):
        r = run_cli("generate", "a kite", "--model", str(folder), *flags, "-o", str(tmp_path / "x.mp4"), env=env)
        assert r.returncode == 2 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert not (tmp_path / "x.mp4").exists()


def test_wan_first_last_frame_extend_and_bridge(wan_models, env, tmp_path):
    """Wan's image-to-video class extends a clip forward from its last frame, and bridges two clips by conditioning
    on the first clip's last frame and the second's first (first-last-frame-to-video); the anchor frames the model
    makes again are dropped, the source frames pass through, and the manifest's range is the new part. Backward
    extension is refused before loading."""
    model = str(wan_models["WanImageToVideoPipeline"])
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=10, size=(96, 64), rate=16)
    second = encode_clip(tmp_path / "second.mp4", "libx264", "mp4", frames=6, size=(96, 64), rate=16)
    out = tmp_path / "extended.mp4"
    made = _generate(env, "the street at night", "--model", model, "--video", str(first), "-o", str(out),
                     "--frames", "8", "--seed", "2")
    assert made["mode"] == "extend" and made["frames"] == 18 and made["generated_range_s"] == [0.625, 1.125]
    report = _verified(env, out)
    assert report["media"]["frames"] == 18
    _assert_stamped(report, made)
    assert report["c2pa"]["generated_ranges_s"] == [[0.625, 1.125]]

    out = tmp_path / "bridged.mp4"
    made = _generate(env, "a cut to the harbour", "--model", model, "--video", str(first), "--video-end",
                     str(second), "-o", str(out), "--frames", "7", "--seed", "2")
    assert made["mode"] == "bridge" and made["frames"] == 23 and made["generated_range_s"] == [0.625, 1.062]
    report = _verified(env, out)
    assert report["media"]["frames"] == 23 and len(report["c2pa"]["ingredients"]) == 2
    _assert_stamped(report, made)

    r = run_in_process("generate", "a kite", "--model", model, "--video", str(first), "--direction", "backward", "-o",
                       str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "forward only" in r.stderr and not (tmp_path / "x.mp4").exists()


def ltx_from_default(folder: Path, class_name: str) -> Path:
    """LTX-Video's one-call pipelines (``LTXPipeline``, ``LTXImageToVideoPipeline``) from the embedded model's
    trained parts, with its card (64 x 64, 12 fps)."""
    import shutil

    import diffusers

    base = diffusers.LTXConditionPipeline.from_pretrained(ROOT / "generator" / "default_model")
    getattr(diffusers, class_name)(**base.components).save_pretrained(folder)
    shutil.copy(ROOT / "generator" / "default_model" / "training.json", folder / "training.json")
    return folder


@pytest.mark.slow
def test_ltx_image_to_video(env, tmp_path):
    model = ltx_from_default(tmp_path / "LTXImageToVideoPipeline", "LTXImageToVideoPipeline")
    _, made, report = _assert_animates(env, tmp_path, model, frames=12)
    assert made["frame_rate"] == 12.0
    assert report["watermark"]["present"]  # the embedded model's trained frames carry the mark well


# Text-to-video per family: the builder and the family's frame rate.
TEXT_TO_VIDEO = {
    "WanPipeline": (tiny_wan, 16.0),
    "CogVideoXPipeline": (tiny_cogvideox, 8.0),
    "SkyReelsV2Pipeline": (tiny_wan, 24.0),
    "SkyReelsV2DiffusionForcingPipeline": (tiny_wan, 24.0),
    "HunyuanVideoPipeline": (lambda folder, _name: tiny_hunyuan_video(folder), 24.0),
    "LTXPipeline": (ltx_from_default, 12.0),
}


@pytest.mark.parametrize("class_name", list(TEXT_TO_VIDEO))
def test_text_to_video(class_name, env, tmp_path):
    """10 frames asked: the VAEs need 4k+1, so 13 are made and 3 dropped; the clip is at the family's frame rate,
    signed, stamped, the mark reads back, and the manifest names the model (the folder) and the pipeline class."""
    build, fps = TEXT_TO_VIDEO[class_name]
    model = build(tmp_path / class_name, class_name)
    out = tmp_path / "t2v.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(model), "-o", str(out), "--frames", "10",
                     "--seed", "3", fresh=True)
    assert made["frames"] == 10 and made["frame_rate"] == fps
    assert made["generated_range_s"] == [0.0, round(10 / fps, 3)]
    report = _verified(env, out)
    assert report["media"]["frames"] == 10 and report["verdict"] == "synthetic"
    _assert_stamped(report, made)
    assert report["watermark"]["present"] and report["watermark"]["payload"] == made["watermark_payload"]
    assert report["c2pa"]["generation"]["model_id"] == class_name
    assert report["c2pa"]["generation"]["pipeline"] == class_name


@pytest.fixture(scope="module")
def vace_model(tmp_path_factory) -> Path:
    """A tiny Wan VACE pipeline whose card sets windows of 21 frames, so clips of a few dozen frames take several."""
    return tiny_wan(tmp_path_factory.mktemp("vace") / "WanVACEPipeline", "WanVACEPipeline",
                    card={"size": 64, "window_frames": 21})


def _frames(path: Path) -> np.ndarray:
    from clipseal import media

    return np.stack([f.image.astype(np.float32) for f in media.read_frames(path, pixel_format="rgb24")])


def test_vace_schedules_hold_every_frame_within_a_window():
    """Windows never hold more than the window, the new frames add up to what was asked, and the progress bar's
    window count is the number of calls made."""
    from generator import vace

    for window in (21, 81):
        for total in range(1, 200, 7):
            first = vace.forward_schedule(total, vace.HEAD, vace.TAIL, window)  # a bridge
            assert sum(first) == total and all(n >= 1 for n in first)
            assert vace.HEAD + first[-1] + vace.TAIL <= window and all(vace.HEAD + n <= window for n in first)
            assert sum(vace.forward_schedule(total, 0, 0, window)) == total
            back = vace.backward_schedule(total, window)
            assert sum(back) == total and all(n + vace.TAIL <= window for n in back)
            assert vace.calls_needed("bridge", "forward", total, window) == len(first)
    assert vace.calls_needed("t2v", "forward", 40, 21) == 3  # 21 + 12 + 7 new frames
    assert vace.calls_needed("i2v", "forward", 1, 21) == 1


def test_vace_text_to_video_backward_extension_and_bridge(vace_model, env, tmp_path):
    """One VACE folder through ``generate --model``, in windows where the clip is longer than one: every output is
    signed and marked over exactly the frames the model made; the source's frames pass through (the frames the
    model made again over them are dropped), after the new part for a backward extension and on both sides of a
    bridge."""
    model = str(vace_model)
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=20, size=(96, 64), rate=16)
    second = encode_clip(tmp_path / "second.mp4", "libx264", "mp4", frames=12, size=(96, 64), rate=16)
    source = _frames(first)

    out = tmp_path / "t2v.mp4"  # 40 frames: three windows (21 + 12 + 7 new frames)
    made = _generate(env, "a red kite over a grey sea", "--model", model, "-o", str(out), "--frames", "40",
                     "--seed", "3")
    report = _verified(env, out)
    assert made["frames"] == report["media"]["frames"] == 40 and report["verdict"] == "synthetic"
    assert report["watermark"]["present"] and report["watermark"]["marked_ranges_s"] == [[0.0, 2.5]]
    _assert_stamped(report, made)

    out = tmp_path / "backward.mp4"
    made = _generate(env, "the street at dawn", "--model", model, "--video", str(first), "--direction", "backward",
                     "-o", str(out), "--frames", "30", "--seed", "2")
    assert made["frames"] == 50 and made["generated_range_s"] == [0.0, 1.875]
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert report["c2pa"]["generated_ranges_s"] == [[0.0, 1.875]]
    assert np.abs(_frames(out)[30:] - source).mean() < 6

    out = tmp_path / "bridge.mp4"
    made = _generate(env, "a cut to the harbour", "--model", model, "--video", str(first), "--video-end", str(second),
                     "-o", str(out), "--frames", "20", "--seed", "2")
    assert made["mode"] == "bridge" and made["frames"] == 52 and made["generated_range_s"] == [1.25, 2.5]
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert len(report["c2pa"]["ingredients"]) == 2
    assert np.abs(_frames(out)[:20] - source).mean() < 6
    assert np.abs(_frames(out)[40:] - _frames(second)).mean() < 6


@pytest.mark.slow
def test_vace_image_video_to_video_and_forward_extension(vace_model, env, tmp_path):
    """VACE's other modes (a few seconds each; ``make test-all``): a photo as the given frame 0, the source in
    greyscale as the control of a restyle, and a forward extension whose source passes through before the new
    part."""
    model = str(vace_model)
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=20, size=(96, 64), rate=16)
    source = _frames(first)

    out = tmp_path / "i2v.mp4"
    made = _generate(env, "the ball starts to roll", "--model", model, "--image", str(_photo(tmp_path)), "-o",
                     str(out), "--frames", "30", "--seed", "1")
    assert made["mode"] == "i2v" and made["frames"] == 30
    _assert_stamped(_verified(env, out), made)

    out = tmp_path / "v2v.mp4"
    made = _generate(env, "the same street in the snow", "--model", model, "--mode", "v2v", "--video", str(first),
                     "-o", str(out))
    assert made["frames"] == 20 and made["generated_range_s"] == [0.0, 1.25]
    _assert_stamped(_verified(env, out), made)

    out = tmp_path / "forward.mp4"
    made = _generate(env, "the street at night", "--model", model, "--video", str(first), "-o", str(out),
                     "--frames", "30", "--seed", "2")
    assert made["frames"] == 50 and made["generated_range_s"] == [1.25, 3.125]
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert report["verdict"] == "extended" and report["c2pa"]["generated_ranges_s"] == [[1.25, 3.125]]
    assert np.abs(_frames(out)[:20] - source).mean() < 6  # the source, re-encoded once (and marked nowhere)


def test_skyreels_diffusion_forcing_extension(env, tmp_path):
    """Diffusion forcing continues a clip from its last 17 frames (windows of 17 here, so 40 new frames take
    several); the source passes through; backward is refused."""
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=20, size=(96, 64), rate=24)
    card = {"size": 64, "window_frames": 17}

    model = tiny_wan(tmp_path / "df_v2v", "SkyReelsV2DiffusionForcingVideoToVideoPipeline", card=card)
    out = tmp_path / "extended.mp4"
    made = _generate(env, "the street at night", "--model", str(model), "--video", str(first), "-o", str(out),
                     "--frames", "40", "--seed", "2")
    assert made["mode"] == "extend" and made["frames"] == 60 and made["generated_range_s"] == [0.833, 2.5]
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert report["verdict"] == "extended" and report["c2pa"]["generated_ranges_s"] == [[0.833, 2.5]]
    assert np.abs(_frames(out)[:20] - _frames(first)).mean() < 6  # the source passes through
    r = run_in_process("generate", "a kite", "--model", str(model), "--video", str(first), "--direction", "backward",
                       "-o", str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "forward only" in r.stderr


@pytest.mark.slow
def test_skyreels_image_to_video_and_bridge(env, tmp_path):
    """SkyReels-V2's image-to-video classes (``make test-all``): diffusion forcing animates a photo, bridges two
    clips (first-last frame) and extends one from its last frame; the CLIP-conditioned class animates and extends, and refuses to bridge before its
    weights load (its transformer reads one image's features)."""
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=20, size=(96, 64), rate=24)
    second = encode_clip(tmp_path / "second.mp4", "libx264", "mp4", frames=8, size=(96, 64), rate=24)
    card = {"size": 64, "window_frames": 17}
    model = tiny_wan(tmp_path / "df_i2v", "SkyReelsV2DiffusionForcingImageToVideoPipeline", card=card)
    out = tmp_path / "animated.mp4"
    made = _generate(env, "the ball starts to roll", "--model", str(model), "--image", str(_photo(tmp_path)), "-o",
                     str(out), "--frames", "30", "--seed", "1")
    assert made["mode"] == "i2v" and made["frames"] == 30
    _assert_stamped(_verified(env, out), made)
    out = tmp_path / "bridged.mp4"
    made = _generate(env, "a cut to the harbour", "--model", str(model), "--video", str(first), "--video-end",
                     str(second), "-o", str(out), "--frames", "12", "--seed", "2")
    assert made["mode"] == "bridge" and made["frames"] == 40
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert np.abs(_frames(out)[32:] - _frames(second)).mean() < 6
    _assert_extends(env, tmp_path, model, rate=24)

    model = tiny_wan(tmp_path / "i2v", "SkyReelsV2ImageToVideoPipeline")
    out = tmp_path / "i2v.mp4"
    made = _generate(env, "the ball starts to roll", "--model", str(model), "--image", str(_photo(tmp_path)), "-o",
                     str(out), "--frames", "9", "--seed", "1")
    _assert_stamped(_verified(env, out), made)
    out = tmp_path / "i2v_extended.mp4"
    made = _generate(env, "the street at night", "--model", str(model), "--video", str(first), "-o", str(out),
                     "--frames", "9", "--seed", "1")
    assert made["mode"] == "extend" and made["frames"] == 29
    _assert_stamped(_verified(env, out), made)
    for f in (model / "transformer").glob("*.safetensors"):
        f.unlink()
    r = run_in_process("generate", "a cut", "--model", str(model), "--video", str(first), "--video-end", str(second),
                       "-o", str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "supports: i2v, extend" in r.stderr and not (tmp_path / "x.mp4").exists()


def test_clip_conditioned_image_to_video_bridges_only_with_two_image_positions(tmp_path):
    """Wan 2.1's I2V-14B reads one image's CLIP features: no bridge; its FLF2V checkpoint has position embeddings for
    two images' features and bridges; Wan 2.2's I2V (no image encoder) bridges by latent conditioning."""
    from generator.models import native_modes

    for name, config, bridges in (("i2v", {"image_dim": 1280}, False),
                                  ("flf2v", {"image_dim": 1280, "pos_embed_seq_len": 514}, True),
                                  ("wan22", {"image_dim": None}, True)):
        (tmp_path / name / "transformer").mkdir(parents=True)
        (tmp_path / name / "transformer" / "config.json").write_text(json.dumps(config))
        assert ("bridge" in native_modes(str(tmp_path / name), "WanImageToVideoPipeline")) is bridges, name


@pytest.mark.slow
def test_hunyuan_framepack_image_to_video_and_extension(env, tmp_path):
    """FramePack animates a photo in sections (40 frames: two sections of nine latent frames) at its 30 fps, extends
    a clip from its last frame, and bridges two clips with its new frames rounded up to whole sections (12 -> 35);
    it has no text-to-video, said before loading."""
    from generator.single_call import framepack_bridge_frames

    assert [framepack_bridge_frames(n) for n in (1, 35, 36, 71, 100)] == [35, 35, 71, 71, 107]
    model = tiny_framepack(tmp_path / "framepack")
    out = tmp_path / "i2v.mp4"
    made = _generate(env, "the ball starts to roll", "--model", str(model), "--image", str(_photo(tmp_path)), "-o",
                     str(out), "--frames", "40", "--seed", "1")
    assert made["mode"] == "i2v" and made["frames"] == 40 and made["frame_rate"] == 30.0
    _assert_stamped(_verified(env, out), made)
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=20, size=(96, 64), rate=30)
    out = tmp_path / "extended.mp4"
    made = _generate(env, "the street at night", "--model", str(model), "--video", str(first), "-o", str(out),
                     "--frames", "15", "--seed", "1")
    assert made["mode"] == "extend" and made["frames"] == 35 and made["generated_range_s"] == [0.667, 1.167]
    _assert_stamped(_verified(env, out), made)
    out = tmp_path / "bridged.mp4"
    made = _generate(env, "a cut to the harbour", "--model", str(model), "--video", str(first), "--video-end",
                     str(first), "-o", str(out), "--frames", "12", "--seed", "1")
    assert made["mode"] == "bridge" and made["frames"] == 20 + 35 + 20 and made["generated_range_s"] == [0.667, 1.833]
    _assert_stamped(_verified(env, out), made)
    frames, source = _frames(out), _frames(first)
    assert np.abs(frames[:20] - source).mean() < 6 and np.abs(frames[55:] - source).mean() < 6
    r = run_in_process("generate", "a kite", "--model", str(model), "-o", str(tmp_path / "x.mp4"), env=env)
    assert r.returncode == 2 and "supports: i2v, extend, bridge" in r.stderr and not (tmp_path / "x.mp4").exists()


def tiny_ltx2(folder: Path, class_name: str = "LTX2Pipeline") -> Path:
    """LTX-2 (video and sound from one call) with a few channels of each part: a Gemma 3 text encoder of two layers
    (and a one-layer vision tower, which Gemma 3's class carries), the text connectors, the audio-video transformer,
    the video and audio VAEs and a vocoder whose upsampling (10 x 4 x 4) matches the audio VAE's 160-sample hop, so
    that its 16 kHz sound lasts as long as the clip."""
    import diffusers
    import torch
    from diffusers import (AutoencoderKLLTX2Audio, AutoencoderKLLTX2Video, FlowMatchEulerDiscreteScheduler,
                           LTX2VideoTransformer3DModel)
    from diffusers.pipelines.ltx2 import LTX2TextConnectors
    from diffusers.pipelines.ltx2.vocoder import LTX2Vocoder
    from transformers import (AutoTokenizer, Gemma3Config, Gemma3ForConditionalGeneration, Gemma3TextConfig,
                              SiglipVisionConfig)

    tokenizer = AutoTokenizer.from_pretrained(ROOT / "generator" / "default_model" / "tokenizer")
    width = 32  # the text encoder's hidden size: the connectors' 4 heads x 8 and the transformer's caption width
    torch.manual_seed(0)
    text = Gemma3TextConfig(vocab_size=len(tokenizer), hidden_size=width, intermediate_size=32, num_hidden_layers=2,
                            num_attention_heads=2, num_key_value_heads=1, head_dim=8, max_position_embeddings=256,
                            sliding_window=64)
    vision = SiglipVisionConfig(hidden_size=8, intermediate_size=16, num_hidden_layers=1, num_attention_heads=2,
                                image_size=32, patch_size=8)
    text_encoder = Gemma3ForConditionalGeneration(Gemma3Config(text_config=text.to_dict(),
                                                               vision_config=vision.to_dict(), mm_tokens_per_image=4))
    transformer = LTX2VideoTransformer3DModel(
        in_channels=4, out_channels=4, patch_size=1, patch_size_t=1, num_attention_heads=2, attention_head_dim=8,
        cross_attention_dim=16, audio_in_channels=4, audio_out_channels=4, audio_num_attention_heads=2,
        audio_attention_head_dim=4, audio_cross_attention_dim=8, num_layers=2, qk_norm="rms_norm_across_heads",
        caption_channels=width, rope_double_precision=False, rope_type="split")
    connectors = LTX2TextConnectors(
        caption_channels=width, text_proj_in_factor=text.num_hidden_layers + 1, video_connector_num_attention_heads=4,
        video_connector_attention_head_dim=8, video_connector_num_layers=1,
        video_connector_num_learnable_registers=None, audio_connector_num_attention_heads=4,
        audio_connector_attention_head_dim=8, audio_connector_num_layers=1,
        audio_connector_num_learnable_registers=None, connector_rope_base_seq_len=32, rope_theta=10000.0,
        rope_double_precision=False, causal_temporal_positioning=False, rope_type="split")
    # two space-time down blocks: 4x in space and time (a 2x VAE would leave 13,000 tokens to attend over)
    vae = AutoencoderKLLTX2Video(
        in_channels=3, out_channels=3, latent_channels=4, block_out_channels=(8, 8), decoder_block_out_channels=(8, 8),
        layers_per_block=(1, 1), decoder_layers_per_block=(1, 1, 1), spatio_temporal_scaling=(True, True),
        decoder_spatio_temporal_scaling=(True, True), decoder_inject_noise=(False, False, False),
        downsample_type=("spatiotemporal",) * 2, upsample_residual=(False, False), upsample_factor=(1, 1),
        timestep_conditioning=False, patch_size=1, patch_size_t=1, encoder_causal=True, decoder_causal=False)
    audio_vae = AutoencoderKLLTX2Audio(
        base_channels=4, output_channels=2, ch_mult=(1,), num_res_blocks=1, attn_resolutions=None, in_channels=2,
        resolution=32, latent_channels=2, norm_type="pixel", causality_axis="height", dropout=0.0,
        mid_block_add_attention=False, sample_rate=16000, mel_hop_length=160, is_causal=True, mel_bins=8)
    vocoder = LTX2Vocoder(in_channels=16, hidden_channels=16, out_channels=2, upsample_kernel_sizes=[20, 8, 8],
                          upsample_factors=[10, 4, 4], resnet_kernel_sizes=[3], resnet_dilations=[[1, 3, 5]],
                          leaky_relu_negative_slope=0.1, output_sampling_rate=16000)
    pipe = getattr(diffusers, class_name)(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae, audio_vae=audio_vae,
                                          text_encoder=text_encoder, tokenizer=tokenizer, connectors=connectors,
                                          transformer=transformer, vocoder=vocoder)
    pipe.save_pretrained(folder)
    (folder / "training.json").write_text(json.dumps({"size": 64}))
    return folder


def test_ltx2_keeps_its_sound_track(env, tmp_path):
    """LTX-2 makes the clip and its sound in one call: the output carries the sound as AAC for as long as the clip
    (the frames the VAE needed beyond those asked for take their sound with them), the signature covers it, the
    manifest says the sound was generated, and the watermark is on the video."""
    import av

    model = tiny_ltx2(tmp_path / "LTX2Pipeline")
    out = tmp_path / "t2v.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(model), "-o", str(out), "--frames", "20",
                     "--seed", "3")
    assert made["frames"] == 20 and made["frame_rate"] == 24.0
    report = _verified(env, out)
    _assert_stamped(report, made)
    assert report["c2pa"]["generation"]["audio_generated"] is True
    with av.open(str(out)) as container:
        (audio,) = container.streams.audio
        assert audio.codec_context.name == "aac" and audio.codec_context.sample_rate == 16000
        seconds = sum(frame.samples for frame in container.decode(audio)) / 16000
    assert abs(seconds - 20 / 24) < 0.1, seconds
    assert not list(tmp_path.glob(".t2v.mp4.*"))  # the temporary sound file is gone


@pytest.mark.slow
def test_ltx2_image_to_video(env, tmp_path):
    """LTX-2's image-to-video class animates a photo, with sound, and extends a clip from its last frame."""
    import av

    model = tiny_ltx2(tmp_path / "LTX2ImageToVideoPipeline", "LTX2ImageToVideoPipeline")
    out, _, report = _assert_animates(env, tmp_path, model, frames=12)
    assert report["c2pa"]["generation"]["audio_generated"] is True
    with av.open(str(out)) as container:
        assert len(container.streams.audio) == 1
    _assert_extends(env, tmp_path, model, rate=24)


def tiny_hunyuan_video15(folder: Path, class_name: str = "HunyuanVideo15Pipeline") -> Path:
    """HunyuanVideo 1.5 with a few channels of each part: a Qwen2.5-VL text model of two layers over our tiny
    tokenizer (with a chat template that joins the messages; the pipeline crops the system message's first 108
    tokens, which a real Qwen tokenizer fills exactly), a ByT5 encoder of one layer, a 16x VAE; for image-to-video
    a SigLIP image encoder giving the 27 x 27 tokens the pipeline expects."""
    import diffusers
    import torch
    from diffusers import AutoencoderKLHunyuanVideo15, FlowMatchEulerDiscreteScheduler, HunyuanVideo15Transformer3DModel
    from diffusers.guiders import ClassifierFreeGuidance
    from transformers import (AutoTokenizer, ByT5Tokenizer, Qwen2_5_VLTextConfig, Qwen2_5_VLTextModel, T5Config,
                              T5EncoderModel)

    i2v = class_name == "HunyuanVideo15ImageToVideoPipeline"
    tokenizer = AutoTokenizer.from_pretrained(ROOT / "generator" / "default_model" / "tokenizer")
    tokenizer.chat_template = "{% for message in messages %}{{ message['content'] }} {% endfor %}"
    torch.manual_seed(0)
    # a head of 4: multimodal rotary sections of 1 + 1 + 0 (time, height, width)
    qwen = Qwen2_5_VLTextModel(Qwen2_5_VLTextConfig(
        vocab_size=len(tokenizer), hidden_size=16, intermediate_size=37, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=2048, bos_token_id=0, eos_token_id=1, pad_token_id=0,
        rope_parameters={"rope_theta": 1000000.0, "rope_type": "default", "mrope_section": [1, 1, 0]}))
    byt5_tokenizer = ByT5Tokenizer()
    byt5 = T5EncoderModel(T5Config(vocab_size=len(byt5_tokenizer), d_model=8, d_kv=4, d_ff=16, num_layers=1,
                                   num_heads=2, relative_attention_num_buckets=8))
    # input: the noise's 4 latent channels, the conditioning image's 4 and a mask
    transformer = HunyuanVideo15Transformer3DModel(
        in_channels=9, out_channels=4, num_attention_heads=2, attention_head_dim=8, num_layers=1, num_refiner_layers=1,
        text_embed_dim=16, text_embed_2_dim=8, image_embed_dim=8, rope_axes_dim=(2, 2, 4), target_size=64,
        task_type="i2v" if i2v else "t2v")
    vae = AutoencoderKLHunyuanVideo15(latent_channels=4, block_out_channels=(8,) * 5, layers_per_block=1,
                                      spatial_compression_ratio=16, temporal_compression_ratio=4)
    parts = {}
    if i2v:
        from transformers import SiglipImageProcessor, SiglipVisionConfig, SiglipVisionModel

        parts = {"image_encoder": SiglipVisionModel(SiglipVisionConfig(
                     hidden_size=8, intermediate_size=16, num_hidden_layers=1, num_attention_heads=2, image_size=27,
                     patch_size=1)),
                 "feature_extractor": SiglipImageProcessor(size={"height": 27, "width": 27})}
    pipe = getattr(diffusers, class_name)(
        text_encoder=qwen, tokenizer=tokenizer, transformer=transformer, vae=vae,
        scheduler=FlowMatchEulerDiscreteScheduler(shift=7.0), text_encoder_2=byt5, tokenizer_2=byt5_tokenizer,
        guider=ClassifierFreeGuidance(guidance_scale=6.0), **parts)
    pipe.save_pretrained(folder)
    (folder / "training.json").write_text(json.dumps({"size": 64}))
    return folder


@pytest.mark.slow
def test_hunyuan_video15_text_to_video(env, tmp_path):
    """HunyuanVideo 1.5: text-to-video at 24 fps, stamped; without a card it makes frames of about its target size
    squared at 16:9 (640: 848 x 480)."""
    from generator.models import load_model

    model = tiny_hunyuan_video15(tmp_path / "HunyuanVideo15Pipeline")
    out = tmp_path / "t2v.mp4"
    made = _generate(env, "a red kite over a grey sea", "--model", str(model), "-o", str(out), "--frames", "10",
                     "--seed", "3")
    assert made["frames"] == 10 and made["frame_rate"] == 24.0
    _assert_stamped(_verified(env, out), made)
    (model / "training.json").unlink()
    assert load_model(model, device="cpu").native_size == (80, 48)  # the tiny target size, 64: 80 x 48 at 16:9


@pytest.mark.slow
def test_hunyuan_video15_image_to_video(env, tmp_path):
    """HunyuanVideo 1.5's image-to-video (its frames sized from the photo) and forward extension, stamped
    (``make test-all``)."""
    model = tiny_hunyuan_video15(tmp_path / "HunyuanVideo15ImageToVideoPipeline", "HunyuanVideo15ImageToVideoPipeline")
    _assert_animates(env, tmp_path, model, frames=9)
    _assert_extends(env, tmp_path, model, rate=24)


@pytest.mark.slow
def test_ltx2_condition_backward_extension_and_bridge(env, tmp_path):
    """LTX-2's condition pipeline holds a clip's first frames as a keyframe at the end (backward extension) and
    both ends of a bridge (the last frames at latent index 0, the second clip's first as a keyframe); a bridge's
    new frames are rounded up to whole latent frames (10 -> 12 here, where the VAE folds 4 frames); the sources pass
    through."""
    model = tiny_ltx2(tmp_path / "LTX2ConditionPipeline", "LTX2ConditionPipeline")
    first = encode_clip(tmp_path / "first.mp4", "libx264", "mp4", frames=20, size=(96, 64), rate=24)
    second = encode_clip(tmp_path / "second.mp4", "libx264", "mp4", frames=12, size=(96, 64), rate=24)
    out = tmp_path / "backward.mp4"
    made, _ = _stamped_clip(env, out, "the street at dawn", "--model", str(model), "--video", str(first),
                            "--direction", "backward", "--frames", "15", "--seed", "2")
    assert made["frames"] == 35 and made["generated_range_s"] == [0.0, 0.625]
    assert np.abs(_frames(out)[15:] - _frames(first)).mean() < 6

    out = tmp_path / "bridge.mp4"
    made, _ = _stamped_clip(env, out, "a cut to the harbour", "--model", str(model), "--video", str(first),
                            "--video-end", str(second), "--frames", "10", "--seed", "2")
    assert made["mode"] == "bridge" and made["frames"] == 44 and made["generated_range_s"] == [0.833, 1.333]
    frames = _frames(out)
    assert np.abs(frames[:20] - _frames(first)).mean() < 6 and np.abs(frames[32:] - _frames(second)).mean() < 6


@pytest.mark.slow
def test_ltx2_condition_image_to_video_and_forward_extension(env, tmp_path):
    """The condition pipeline's photo at latent index 0, and a forward extension from the clip's last 9 frames (all
    of a 12-frame clip's that make whole latent frames; ``make test-all``)."""
    model = tiny_ltx2(tmp_path / "LTX2ConditionPipeline", "LTX2ConditionPipeline")
    _assert_animates(env, tmp_path, model, frames=20)
    _assert_extends(env, tmp_path, model, rate=24)
