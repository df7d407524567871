"""One module per command group; each is wiring only."""
