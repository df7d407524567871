"""The invisible, keyed video watermark (docs/watermark.md)."""

from provenance.watermark.core import *  # noqa: F401,F403  (split into modules in the next step)
from provenance.watermark.core import Detector, Embedder, WatermarkDetection, WatermarkKey  # noqa: F401
