"""The embedded model's training script: a tiny run end to end, time budgets, fine-tuning from a saved folder."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from generator import train_default  # noqa: E402


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("train")
    out = root / "model"
    train_default.main(["--out", str(out), "--clips", "24", "--vae-steps", "3", "--vae-batch", "2", "--steps", "3",
                        "--batch", "2", "--layers", "1", "--heads", "2", "--device", "cpu", "--threads", "2"])
    return root, out


def test_tiny_run_saves_a_loadable_pipeline(tiny_run):
    from generator import ltx
    from generator.models import load_model

    _, out = tiny_run
    card = json.loads((out / "training.json").read_text())
    assert card["steps"]["vae_steps"] == 3 and card["steps"]["transformer_steps"] == 3
    assert card["steps"]["layers"] == 1 and card["trained_on"] == "cpu"
    model = load_model(out, device="cpu")
    assert model.class_name == "LTXConditionPipeline" and model.native_size == (64, 64)
    assert model.pipeline.vae.spatial_compression_ratio == 8
    frames = ltx.WindowRunner(model, "a red circle moving left on a blue background", seed=0, steps=2)(17)
    assert frames.shape == (17, 64, 64, 3) and frames.dtype == np.uint8


def test_fine_tune_keeps_the_vae_and_records_the_earlier_run(tiny_run):
    from safetensors.torch import load_file

    root, out = tiny_run
    tuned = root / "tuned"
    train_default.main(["--init", str(out), "--out", str(tuned), "--clips", "16", "--steps", "2", "--batch", "2",
                        "--lr", "3e-4", "--device", "cpu", "--threads", "2", "--seed", "1"])
    card = json.loads((tuned / "training.json").read_text())
    assert card["steps"]["transformer_steps"] == 2 and card["steps"]["lr"] == 3e-4
    assert card["steps"]["after"]["transformer_steps"] == 3
    # each stage records the seed of the clips it saw: a fine-tune on fresh clips, and the run it started from
    assert card["seed"] == 1 and card["steps"]["seed"] == 1 and card["steps"]["after"]["seed"] == 0
    assert card["steps"]["layers"] == 1  # the architecture comes from the folder, not from the defaults
    vae_a = load_file(out / "vae" / "diffusion_pytorch_model.safetensors")
    vae_b = load_file(tuned / "vae" / "diffusion_pytorch_model.safetensors")
    assert vae_a.keys() == vae_b.keys()
    stats = {"latents_mean", "latents_std"}  # measured again on the fine-tune's clips
    assert all(torch.equal(vae_a[k], vae_b[k]) for k in vae_a.keys() - stats)
    tr_a = load_file(out / "transformer" / "diffusion_pytorch_model.safetensors")
    tr_b = load_file(tuned / "transformer" / "diffusion_pytorch_model.safetensors")
    assert any(not torch.equal(tr_a[k], tr_b[k]) for k in tr_a)


def test_rendering_is_the_same_with_any_number_of_workers():
    a = train_default.render_dataset(6, seed=5, workers=1)
    b = train_default.render_dataset(6, seed=5, workers=2)
    assert torch.equal(a[0], b[0]) and torch.equal(a[1], b[1]) and a[2] == b[2]
    c = train_default.render_dataset(6, seed=6, workers=1)
    assert not torch.equal(a[0], c[0])


def test_a_budget_decides_the_step_count_unless_one_is_given():
    assert train_default.step_count(None, 0.0, 1824) == 1824  # neither: the recipe's count
    assert train_default.step_count(None, 300.0, 1824) > 10**6  # a budget alone: as many as fit (StepPlan cuts)
    assert train_default.step_count(500, 300.0, 1824) == 500  # both: the count, which the budget may shorten
    assert train_default.step_count(500, 0.0, 1824) == 500


def test_budget_cuts_the_step_count_once_and_warm_up_does_not_depend_on_it():
    plan = train_default.StepPlan(100_000, 1e-3, budget_s=0.5)
    warm = [plan.rate(s) for s in range(31)]
    for step in range(31):
        time.sleep(0.002)
        plan.after(step)
    # ~2 ms a step against a 0.5 s budget: a few hundred steps fit, never fewer than twice the warm-up
    assert 2 * train_default._WARMUP <= plan.total < 100_000
    assert warm == [train_default.StepPlan(plan.total, 1e-3).rate(s) for s in range(31)]
    assert plan.rate(plan.total - 1) < 0.02 * 1e-3
    unbudgeted = train_default.StepPlan(1000, 1e-3)
    for step in range(31):
        unbudgeted.after(step)
    assert unbudgeted.total == 1000


def test_an_overrun_stops_the_stage_at_once():
    plan = train_default.StepPlan(100_000, 1e-3, budget_s=0.05)
    plan.after(3)
    assert plan.total == 100_000
    time.sleep(0.06)  # a tenth over the budget
    plan.after(4)
    assert plan.total == 5


def test_tune_vae_trains_the_vae_of_the_folder_and_records_it(tiny_run):
    from safetensors.torch import load_file

    root, out = tiny_run
    tuned = root / "vae-tuned"
    train_default.main(["--init", str(out), "--tune-vae", "--vae-steps", "2", "--vae-batch", "2", "--vae-lr", "2e-4",
                        "--edge-weight", "1.0", "--out", str(tuned), "--clips", "16", "--steps", "2", "--batch", "2",
                        "--noise-shift", "3", "--device", "cpu", "--threads", "2"])
    steps = json.loads((tuned / "training.json").read_text())["steps"]
    assert steps["vae_tuned"] == [{"steps": 2, "batch": 2, "lr": 2e-4, "edge_weight": 1.0}]
    assert steps["noise_shift"] == 3 and steps["vae_steps"] == 3  # the from-scratch VAE count stays the record
    vae_a = load_file(out / "vae" / "diffusion_pytorch_model.safetensors")
    vae_b = load_file(tuned / "vae" / "diffusion_pytorch_model.safetensors")
    weights = [k for k in vae_a if k not in ("latents_mean", "latents_std")]
    assert any(not torch.equal(vae_a[k], vae_b[k]) for k in weights)


@pytest.mark.parametrize("argv, message", [
    (["--tune-vae"], "--tune-vae needs --init"),
    (["--init", "some/model", "--work", "some/work"], "--work would replace it"),
])
def test_contradictory_options_are_refused(capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        train_default.main([*argv, "--out", "unused"])
    assert exc.value.code == 2 and message in capsys.readouterr().err


def test_noise_shift_moves_training_towards_pure_noise():
    u = torch.randn(200_000, generator=torch.Generator().manual_seed(0))
    plain, shifted = train_default.noise_levels(u), train_default.noise_levels(u, 3.0)
    assert torch.equal(plain, torch.sigmoid(u))
    assert 0.005 < (plain > 0.9).float().mean() < 0.03  # logit-normal: the layout-deciding levels are rare
    assert (shifted > 0.9).float().mean() > 0.1
    assert bool((shifted >= plain).all()) and float(shifted.max()) <= 1.0 and float(shifted.min()) >= 0.0


def test_edge_loss_tells_soft_edges_from_an_equal_pixel_error():
    import cv2

    square = np.full((64, 64), -1.0, np.float32)
    square[20:44, 20:44] = 1.0
    soft = cv2.GaussianBlur(square, (0, 0), 1.5)
    x = torch.from_numpy(square)[None, None, None]
    blurred = torch.from_numpy(soft)[None, None, None]
    # The same mean absolute pixel error, spread evenly: every edge intact.
    offset = x + float((blurred - x).abs().mean())
    assert float((offset - x).abs().mean()) == pytest.approx(float((blurred - x).abs().mean()))
    assert float(train_default.edge_difference(offset, x).abs().max()) < 1e-6
    assert float(train_default.edge_difference(blurred, x).mean()) > 0.01
