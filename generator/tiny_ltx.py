"""The embedded default model's architecture: a very small member of the LTX-Video family.

Every part is a stock class (diffusers' ``AutoencoderKLLTXVideo``, ``LTXVideoTransformer3DModel`` and
``FlowMatchEulerDiscreteScheduler``; transformers' ``T5EncoderModel`` with a word-level fast tokenizer), so the
saved folder loads with ``LTXConditionPipeline.from_pretrained`` exactly like a real LTX-Video checkpoint. Only the
sizes differ: 64x64 frames, a VAE that compresses 8x in space and 2x in time into 16 channels (an 8 x 8 latent grid:
at 16x, a 4 x 4 grid, the VAE itself lost the shape of a small object), a six-layer transformer over the
576 tokens of a 17-frame window, and a two-layer text encoder over a closed vocabulary of the training captions'
words.
"""

from __future__ import annotations

import json
import re

from generator import captions

SIZE = 64  # training and native resolution (square)
FRAME_RATE = 12  # frames per second the model was trained to imagine
TRAIN_FRAMES = 17  # 1 + 8 latent steps of 2 frames
MAX_TOKENS = 24
PAD, UNK, EOS = "<pad>", "<unk>", "</s>"
VERSION = "clipseal-tiny-ltx-4"
LATENT_CHANNELS = 16


def vocabulary() -> list[str]:
    """Special tokens then every word the caption templates can produce, in a fixed order."""
    return [PAD, UNK, EOS] + sorted(captions.all_words())


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def build_tokenizer():
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {w: i for i, w in enumerate(vocabulary())}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token=UNK))
    tok.normalizer = normalizers.Sequence([normalizers.NFKD(), normalizers.StripAccents(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace(), pre_tokenizers.Punctuation()])
    tok.post_processor = processors.TemplateProcessing(single=f"$A {EOS}", special_tokens=[(EOS, vocab[EOS])])
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token=PAD, unk_token=UNK, eos_token=EOS,
                                   model_max_length=MAX_TOKENS, padding_side="right")


def build_text_encoder():
    from transformers import T5Config, T5EncoderModel

    config = T5Config(vocab_size=len(vocabulary()), d_model=64, d_kv=16, d_ff=128, num_layers=2, num_heads=4,
                      relative_attention_num_buckets=8, relative_attention_max_distance=24, dropout_rate=0.0,
                      feed_forward_proj="gated-gelu", pad_token_id=0, eos_token_id=2, decoder_start_token_id=0)
    return T5EncoderModel(config)


def build_vae():
    """8x spatial compression: a 4x4 pixel patch, then one spatio-temporal 2x downsampling block."""
    from diffusers import AutoencoderKLLTXVideo

    return AutoencoderKLLTXVideo(
        in_channels=3, out_channels=3, latent_channels=LATENT_CHANNELS,
        block_out_channels=(64, 128), decoder_block_out_channels=(64, 128),
        down_block_types=("LTXVideo095DownBlock3D",) * 2, downsample_type=("spatiotemporal",) * 2,
        layers_per_block=(1, 1, 1), decoder_layers_per_block=(1, 1, 1),
        spatio_temporal_scaling=(True, False), decoder_spatio_temporal_scaling=(True, False),
        decoder_inject_noise=(False, False, False), upsample_residual=(False, False), upsample_factor=(1, 1),
        patch_size=4, patch_size_t=1, encoder_causal=True, decoder_causal=False,
    )


def build_transformer(layers: int = 6, heads: int = 4):
    from diffusers import LTXVideoTransformer3DModel

    return LTXVideoTransformer3DModel(
        in_channels=LATENT_CHANNELS, out_channels=LATENT_CHANNELS, patch_size=1, patch_size_t=1,
        num_attention_heads=heads, attention_head_dim=32, cross_attention_dim=heads * 32, num_layers=layers,
        caption_channels=64,
    )


def build_scheduler():
    from diffusers import FlowMatchEulerDiscreteScheduler

    return FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=1.0, use_dynamic_shifting=False)


def model_card(seed: int, seconds: float, steps: dict, trained_on: str = "cpu") -> str:
    return json.dumps({"family": "LTX-Video (LTXConditionPipeline)", "version": VERSION, "size": SIZE,
                       "frame_rate": FRAME_RATE, "seed": seed, "trained_on": trained_on,
                       "training_seconds": round(seconds), "steps": steps}, indent=2)
