"""Invisible, keyed video watermark: embed a 64-bit payload in luma, detect it segment by segment.

Design (docs/watermark.md has the measurements):

* **Pattern** (``pattern``). A periodic tile of 16 x 16 smooth cells, one cell about 1/60 of the frame
  height, repeated over the frame and identical in every frame (no flicker). The tile is the sum of 204
  orthogonal key-derived carriers, each signed by one bit of the coded payload (``codec``: 64-bit payload,
  32-bit keyed tag, rate-1/2 convolutional code).
* **Embedding** (``embed``). ``Y' = Y + strength * mask * pattern``; the mask follows local texture and
  brightness, so flat and dark areas get less. Only luma changes; chroma is untouched.
* **Detection** (``detector``). Each frame's luma is brought to at most 360 lines and high-passed
  (``residual``); residuals are summed per segment (0.5 s). ``sync`` finds the tile period and shift,
  ``decode`` reads the payload blind (a decode counts only if the keyed tag matches: the false-positive
  probability per attempt is 2**-32), ``matching`` tests the registry's payloads when blind decoding falls
  short, and ``localise`` says which segments carry the found mark.

The names below are the public API; the modules are the parts.
"""

from provenance.watermark.decode import FP_PER_ATTEMPT
from provenance.watermark.detector import SEGMENT_S, Detector, detect_file
from provenance.watermark.embed import DEFAULT_STRENGTH, Embedder, embed_file, embed_frames
from provenance.watermark.key import WatermarkKey, new_payload, parse_payload
from provenance.watermark.localise import Z_PRESENT
from provenance.watermark.matching import MATCH_P_MAX
from provenance.watermark.residual import DETECT_LINES, DETECT_TILE, prepare
from provenance.watermark.result import Segment, WatermarkDetection

__all__ = [
    "DEFAULT_STRENGTH", "DETECT_LINES", "DETECT_TILE", "FP_PER_ATTEMPT", "MATCH_P_MAX", "SEGMENT_S", "Z_PRESENT",
    "Detector", "Embedder", "Segment", "WatermarkDetection", "WatermarkKey",
    "detect_file", "embed_file", "embed_frames", "new_payload", "parse_payload", "prepare",
]
