"""Policy: screening of prompts and inputs before any generation."""
