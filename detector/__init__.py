"""Detection: evidence from watermark, C2PA and passive forensics, fused into a verdict."""
