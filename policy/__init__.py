"""Policy: screening of prompts and inputs before any generation.

    from policy import check
    decision = check("a red ball bouncing", inputs=[])   # -> Decision(decision="allow", ...)

``check`` uses a ``Policy`` built once from the configuration ([policy] section); build your own
``policy.engine.Policy(PolicySettings(...))`` for other settings.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable

from policy.engine import Decision, Policy, PolicySettings, Reason

__all__ = ["check", "Decision", "Policy", "PolicySettings", "Reason", "policy_from_config"]


def policy_from_config(config=None) -> Policy:
    from clipseal.config import load_config

    cfg = config or load_config()
    p = cfg.policy
    return Policy(PolicySettings(
        categories=tuple(p.categories), allow=tuple(p.allow), deny=tuple(p.deny),
        consent_keys=tuple(p.consent_keys), audit_log=cfg.policy_audit_log,
        gazetteer_path=p.gazetteer or PolicySettings().gazetteer_path,
    ))


@functools.lru_cache(maxsize=1)
def _default() -> Policy:
    return policy_from_config()


def check(prompt: str, inputs: Iterable[str | Path] = (), mode: str = "t2v", consent: dict | None = None) -> Decision:
    """Screen a prompt (and the input files of i2v/v2v/extend/bridge) under the configured policy."""
    return _default().check(prompt, inputs=inputs, mode=mode, consent=consent)
