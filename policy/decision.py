"""What a policy check returns: a decision and the reasons behind it."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field

CATEGORIES = ("real_person", "private_person", "news_event", "face_input")


@dataclass
class Reason:
    category: str
    rule: str
    span: list[int] | None  # [start, end) in the prompt, or None for inputs
    detail: str


@dataclass
class Decision:
    """The outcome of a check. ``decision`` is "allow", "block" or "review"."""

    decision: str
    categories: list[str]
    reasons: list[Reason]
    policy_version: str
    id: str = field(default_factory=lambda: "pol-" + uuid.uuid4().hex[:16])
    prompt_sha256: str = ""

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"

    def to_dict(self) -> dict:
        d = asdict(self)
        return {"decision": d["decision"], "categories": d["categories"], "reasons": d["reasons"],
                "policy_version": d["policy_version"], "id": d["id"], "prompt_sha256": d["prompt_sha256"]}
