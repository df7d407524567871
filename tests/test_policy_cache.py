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
