"""Provenance: C2PA signing and verification, keys and trust, the manifest registry, the watermark."""
