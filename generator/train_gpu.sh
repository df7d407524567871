#!/bin/sh
# How the shipped default model was trained: on one CUDA GPU, the VAE once, then one or more transformer variants
# at the same time on the same latents, each a NAME:LAYERS:HEADS:BATCH. Stages stop at their time budgets
# (seconds); each variant's training.json records the step counts that fitted, so generator.train_default with
# --vae-steps/--steps repeats the run (on a CPU too, much more slowly).
#
#   sh generator/train_gpu.sh OUT_DIR a:8:6:128 [b:6:4:128 ...]
set -eu
out=$1
shift
work=${WORK:-/tmp/clipseal-train-work}
seed=${SEED:-0}
python=${PYTHON:-python3}
clips=${CLIPS:-20000}
mkdir -p "$out"
"$python" -m generator.train_default --stage vae --work "$work" --seed "$seed" --clips "$clips" \
    --workers "${WORKERS:-12}" --vae-batch "${VAE_BATCH:-48}" --vae-steps "${VAE_STEPS:-8000}" \
    --vae-budget "${VAE_BUDGET:-100}"
pids=""
for variant in "$@"; do
    name=${variant%%:*}
    rest=${variant#*:}
    layers=${rest%%:*}
    rest=${rest#*:}
    heads=${rest%%:*}
    batch=${rest#*:}
    "$python" -m generator.train_default --work "$work" --seed "$seed" --clips "$clips" --out "$out/$name" \
        --layers "$layers" --heads "$heads" --batch "$batch" --steps "${STEPS:-40000}" \
        --budget "${BUDGET:-290}" --threads "${THREADS:-4}" >"$out/$name.log" 2>&1 &
    pids="$pids $!"
done
status=0
for pid in $pids; do
    wait "$pid" || status=1
done
exit $status
