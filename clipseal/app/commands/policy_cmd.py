"""``clipseal policy``: screen prompts (and inputs), and maintain the gazetteer."""

from __future__ import annotations

import json
import sys

import click

from clipseal.app.cli_base import emit, get_config
from clipseal.errors import BadInputError


@click.group("policy")
def policy_group() -> None:
    """Screen prompts and inputs for real people and real news events."""


def _text(d: dict) -> str:
    lines = [f"{d['decision'].upper()}" + (f" ({', '.join(d['categories'])})" if d["categories"] else "")]
    for r in d["reasons"]:
        lines.append(f"  - {r['category']}/{r['rule']}: {r['detail']}" + (f" [chars {r['span'][0]}-{r['span'][1]}]"
                                                                        if r["span"] else ""))
    return "\n".join(lines)


@policy_group.command("check")
@click.argument("prompt", required=False)
@click.option("--file", "prompts_file", type=click.Path(dir_okay=False, path_type=str),
              help="JSON Lines, one {\"prompt\": ...} per line (\"-\" for standard input).")
@click.option("--input", "inputs", multiple=True, type=click.Path(path_type=str),
              help="An input image or clip (repeatable): screened for faces.")
@click.option("--mode", default="t2v", type=click.Choice(["t2v", "i2v", "v2v", "extend", "bridge"]))
@click.option("--consent", type=click.Path(dir_okay=False, path_type=str), help="A consent record (JSON).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def check_cmd(ctx, prompt, prompts_file, inputs, mode, consent, as_json) -> None:
    """Decide on PROMPT. Exit 0 allow, 1 block or review, 2 bad input."""
    from policy import policy_from_config

    if (prompt is None) == (prompts_file is None):
        raise click.UsageError("give a PROMPT or --file, not both")
    consent_record = None
    if consent:
        try:
            consent_record = json.loads(open(consent, encoding="utf-8").read())
        except (OSError, ValueError) as exc:
            raise BadInputError(f"{consent}: not a readable JSON consent record") from exc
    for path in inputs:
        import os
        if not os.path.exists(path):
            raise BadInputError(f"{path}: input file does not exist")
    policy = policy_from_config(get_config(ctx))
    if prompt is not None:
        d = policy.check(prompt, inputs=inputs, mode=mode, consent=consent_record).to_dict()
        emit(d, as_json, _text(d))
        if d["decision"] != "allow":
            raise SystemExit(1)
        return
    if prompts_file != "-":
        from clipseal.inputs import check_input_file

        check_input_file(prompts_file)
    stream = sys.stdin.buffer if prompts_file == "-" else open(prompts_file, "rb")
    refused = bad = False
    with stream:
        for n, raw in enumerate(stream, 1):
            # each line on its own: a bad one (not UTF-8, not JSON, no prompt, empty, too long) is reported and
            # the rest are still checked
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                bad = True
                click.echo(json.dumps({"line": n, "error": "not valid UTF-8 text"}))
                continue
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["prompt"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                bad = True
                click.echo(json.dumps({"line": n, "error": "not a JSON object with a string \"prompt\""}))
                continue
            try:
                d = policy.check(text, mode=item.get("mode", mode) if isinstance(item.get("mode", mode), str)
                                 else mode).to_dict()
            except BadInputError as exc:
                bad = True
                click.echo(json.dumps({"line": n, "error": str(exc)}))
                continue
            refused |= d["decision"] != "allow"
            click.echo(json.dumps({"line": n, **d}, ensure_ascii=False))
    if bad:
        click.echo(f"clipseal: {prompts_file}: some lines could not be checked (see their \"error\")", err=True)
        raise SystemExit(2)
    if refused:
        raise SystemExit(1)


@policy_group.command("add-figure")
@click.option("--id", "fig_id", required=True, help="Stable id, e.g. jane-doe.")
@click.option("--name", required=True)
@click.option("--category", required=True, type=click.Choice(
    ["politician", "head_of_state", "royal", "religious", "celebrity", "athlete", "business", "journalist"]))
@click.option("--alias", "aliases", multiple=True, help="Other spellings, nicknames (repeatable).")
@click.option("--surname-alone", is_flag=True, help="The surname alone identifies the person.")
@click.pass_context
def add_figure(ctx, fig_id, name, category, aliases, surname_alone) -> None:
    """Add (or replace) a public figure in the gazetteer."""
    from policy import gazetteer

    cfg = get_config(ctx)
    path = cfg.policy.gazetteer or gazetteer.DEFAULT_PATH
    n = gazetteer.add_figures([gazetteer.Figure(fig_id, name, category, tuple(aliases), surname_alone)], path)
    click.echo(f"{'added' if n else 'unchanged'}: {fig_id} in {path}")


@policy_group.command("import-figures")
@click.argument("tsv", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.pass_context
def import_figures(ctx, tsv) -> None:
    """Sync a deployment's list (same TSV format as policy/data/public_figures.tsv) into the gazetteer."""
    from policy import gazetteer

    cfg = get_config(ctx)
    path = cfg.policy.gazetteer or gazetteer.DEFAULT_PATH
    n = gazetteer.add_figures(gazetteer.load(tsv), path)
    click.echo(f"{n} entries added or changed in {path}")
