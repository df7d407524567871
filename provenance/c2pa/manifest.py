"""What our manifests say: pure functions that build C2PA manifest definitions (dicts).

Nothing here signs or reads files; ``provenance.c2pa.io`` hands these definitions to c2pa-python.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from clipseal import __version__
from clipseal.errors import BadInputError

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
TRAINED = IPTC + "trainedAlgorithmicMedia"
COMPOSITE_TRAINED = IPTC + "compositeWithTrainedAlgorithmicMedia"
SOURCE_TYPES = (
    "trainedAlgorithmicMedia",
    "compositeWithTrainedAlgorithmicMedia",
    "algorithmicMedia",
    "compositeSynthetic",
    "digitalCapture",
    "composite",
    "digitalCreation",
)
GENERATION_LABEL = "org.clipseal.generation"
STAMP_LABEL = "org.clipseal.stamp"
SOFT_BINDING_LABEL = "c2pa.soft-binding"
WATERMARK_ALG = "org.clipseal.watermark.v1"


def source_type_uri(name: str) -> str:
    """Accept a short IPTC name or the full URI; refuse anything else."""
    short = name.rsplit("/", 1)[-1]
    if short not in SOURCE_TYPES:
        raise BadInputError(f"unknown source type {name!r}; choose one of {', '.join(SOURCE_TYPES)}")
    return IPTC + short


@dataclass(frozen=True)
class Generation:
    """How a clip was generated; goes into the ``org.clipseal.generation`` assertion.

    The prompt is recorded as a SHA-256 only, unless ``include_prompt`` is set by the user.
    """

    model_id: str
    model_version: str
    mode: str
    seed: int
    steps: int
    guidance: float | None = None  # classifier-free guidance scale; None: the pipeline's own default
    prompt: str = ""
    include_prompt: bool = False
    policy_decision_id: str | None = None
    frames: int | None = None
    generated_range_s: tuple[float, float] | None = None
    pipeline: str | None = None  # the diffusers pipeline class
    weights_sha256: str | None = None  # digest of the model folder's weight files (generator/weights.py)
    audio_generated: bool = False  # the sound track was made by the model too (LTX-2); the watermark is on the video

    def assertion_data(self) -> dict:
        data = {
            "model_id": self.model_id,
            "model_version": self.model_version,
            "mode": self.mode,
            "seed": self.seed,
            "steps": self.steps,
            "guidance_scale": self.guidance,
            "prompt_sha256": hashlib.sha256(self.prompt.encode("utf-8")).hexdigest(),
            "policy_decision_id": self.policy_decision_id,
        }
        if self.include_prompt:
            data["prompt"] = self.prompt
        if self.frames is not None:
            data["frames"] = self.frames
        if self.generated_range_s is not None:
            data["generated_range_s"] = {"start": self.generated_range_s[0], "end": self.generated_range_s[1]}
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline
        if self.weights_sha256 is not None:
            data["weights_sha256"] = self.weights_sha256
        if self.audio_generated:
            data["audio_generated"] = True
        return data


@dataclass(frozen=True)
class Ingredient:
    """A source file that went into a clip (a photo animated, a clip extended or bridged)."""

    path: Path
    relationship: str = "parentOf"  # or componentOf
    # For a component: where it sits in the output. For a parent: the generated range of the output.
    time_range_s: tuple[float, float] | None = None
    label: str = ""
    title: str | None = None  # default: the file name

    def __post_init__(self) -> None:
        if self.relationship not in ("parentOf", "componentOf", "inputTo"):
            raise BadInputError(f"unknown ingredient relationship {self.relationship!r}")


@dataclass
class ManifestSpec:
    """Everything a manifest for one output says, before it is signed."""

    title: str
    source_type: str = TRAINED
    software_agent: tuple[str, str] = ("clipseal", __version__)
    generation: Generation | None = None
    watermark_payload: str | None = None  # hex
    ingredients: list[Ingredient] = field(default_factory=list)
    extra_actions: list[dict] = field(default_factory=list)
    when: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    def definition(self, thumbnail_id: str | None = None) -> dict:
        """The manifest definition c2pa-python's ``Builder`` takes."""
        when = self.when.isoformat(timespec="seconds")
        agent = {"name": self.software_agent[0], "version": self.software_agent[1]}
        parents = [ing for ing in self.ingredients if ing.relationship == "parentOf"]
        components = [ing for ing in self.ingredients if ing.relationship != "parentOf"]
        if len(parents) > 1:
            raise BadInputError("a manifest can have at most one parent ingredient")
        if parents:
            # C2PA: an asset derived from a parent begins with c2pa.opened on that parent; what the
            # generator did to it is a c2pa.edited with the composite source type.
            parent = parents[0]
            actions = [{"action": "c2pa.opened", "when": when,
                        "parameters": {"ingredientIds": [parent.label]}}]
            edited = {"action": "c2pa.edited", "digitalSourceType": self.source_type, "softwareAgent": agent,
                      "when": when}
            if parent.time_range_s is not None:
                edited["changes"] = [_time_region(*parent.time_range_s)]
            actions.append(edited)
        else:
            actions = [{"action": "c2pa.created", "digitalSourceType": self.source_type,
                        "softwareAgent": agent, "when": when}]
        for ing in components:
            action = {"action": "c2pa.placed", "softwareAgent": agent, "when": when,
                      "parameters": {"ingredientIds": [ing.label]}}
            if ing.time_range_s is not None:
                action["changes"] = [_time_region(*ing.time_range_s)]
            actions.append(action)
        actions.extend(self.extra_actions)
        assertions = [{"label": "c2pa.actions.v2", "data": {"actions": actions}}]
        if self.generation is not None:
            assertions.append({"label": GENERATION_LABEL, "data": self.generation.assertion_data()})
        if self.watermark_payload is not None:
            assertions.append({"label": SOFT_BINDING_LABEL, "data": soft_binding(self.watermark_payload)})
        definition = {
            "claim_generator_info": [{"name": "clipseal", "version": __version__}],
            "title": self.title,
            "assertions": assertions,
        }
        if thumbnail_id:
            definition["thumbnail"] = {"format": "image/jpeg", "identifier": thumbnail_id}
        return definition


def _time_region(start_s: float, end_s: float) -> dict:
    """A C2PA region of interest covering a temporal range, in seconds (npt)."""
    return {
        "description": "generated segment",
        "region": [{"type": "temporal", "time": {"type": "npt", "start": f"{start_s:.3f}",
                                                  "end": f"{end_s:.3f}"}}],
    }


def soft_binding(payload_hex: str) -> dict:
    """The ``c2pa.soft-binding`` assertion for our watermark: algorithm name and payload (base64)."""
    value = base64.b64encode(bytes.fromhex(payload_hex)).decode("ascii")
    return {"alg": WATERMARK_ALG, "blocks": [{"scope": {}, "value": value}]}
