"""Video generation: diffusers pipelines and the procedural scenes used for training and demos."""
