"""The passive model's network, for inference with numpy alone (training is in torch: ``detector.train``).

A small convolutional network over the residual planes of ``detector.residuals``: the 64 x 64 planes are first
folded 2 x 2 into channels (space-to-depth: each 2 x 2 cell's four pixels side by side, which is where up-sampling
leaves its trace, and a quarter of the work), then three 3 x 3 convolutions (12 -> 32 -> 32 -> 64 channels, the
last two with stride 2), ReLU after each, global average pooling and one linear output: a logit per patch, about
31,000 weights. The layout of the weights is PyTorch's
(``out, in, kh, kw``), so the file written by training loads here unchanged, and ``tests/test_detector.py``
checks that both give the same logits.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

LAYERS = ((12, 48, 1), (48, 48, 2), (48, 96, 2))  # (in, out, stride); 3 x 3 kernels, padding 1


def space_to_depth(x: np.ndarray) -> np.ndarray:
    """(N, C, H, W) -> (N, 4C, H/2, W/2), as torch.nn.PixelUnshuffle(2)."""
    n, c, h, w = x.shape
    return x.reshape(n, c, h // 2, 2, w // 2, 2).transpose(0, 1, 3, 5, 2, 4).reshape(n, c * 4, h // 2, w // 2)


def conv3x3(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int) -> np.ndarray:
    """(N, C, H, W) -> (N, O, H/stride, W/stride), as torch.nn.Conv2d(kernel 3, padding 1)."""
    n, c, h, w = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    win = sliding_window_view(padded, (3, 3), axis=(2, 3))[:, :, ::stride, ::stride]  # N, C, H', W', 3, 3
    ho, wo = win.shape[2], win.shape[3]
    cols = win.transpose(0, 2, 3, 1, 4, 5).reshape(n * ho * wo, c * 9)
    out = cols @ weight.reshape(weight.shape[0], -1).T + bias
    return out.reshape(n, ho, wo, -1).transpose(0, 3, 1, 2)


class ResidualNet:
    """Logits of patches: ``forward(x)`` with x of shape (N, 3, 64, 64), float32."""

    def __init__(self, params: dict[str, np.ndarray]) -> None:
        self.convs = [(params[f"conv{i}.weight"].astype(np.float32), params[f"conv{i}.bias"].astype(np.float32), s)
                      for i, (_cin, _cout, s) in enumerate(LAYERS)]
        self.fc_w = params["fc.weight"].astype(np.float32).reshape(-1)
        self.fc_b = float(params["fc.bias"].reshape(-1)[0])

    def forward(self, x: np.ndarray) -> np.ndarray:
        h = space_to_depth(np.asarray(x, np.float32))
        for w, b, s in self.convs:
            h = np.maximum(conv3x3(h, w, b, s), 0.0)
        return h.mean(axis=(2, 3)) @ self.fc_w + self.fc_b
