#!/bin/sh
# The recipe of the shipped default model (generator/default_model), with the step counts its training.json
# records. It was trained in three 15-minute GPU loans: stages 1-4 on one NVIDIA H200 (600 s, then 649 s of
# training), stage 5 on one NVIDIA H100 (260 s, then 349 s); every stage also runs on a CPU (same code, float32),
# far more slowly: docs/generator.md gives the measured times.
#
#   sh generator/train_gpu.sh OUT_DIR
#
# 1. render 20,000 captioned clips and train the VAE (3,962 steps of 48 clips), encode the clips;
# 2. train the transformer and text encoder from scratch (1,824 steps of 128 clips, peak rate 1e-3, float32);
# 3. two fine-tunes of both (1,913 steps of 96 at 5e-4, then 2,174 steps of 96 at 3e-4; bfloat16 matrix
#    products on a GPU);
# 4. two fine-tunes with the noise levels shifted towards pure noise, where a sample decides which way its object
#    moves (1,967 steps of 256 at 3e-4 with shift 3, then 2,841 steps of 256 at 3e-4 with shift 2);
# 5. two more fine-tunes at shift 2, each on 40,000 fresh clips (seeds 1 and 2: clips the earlier stages never
#    saw), 1,824 then 2,619 steps of 256 at 3e-4.
# The shipped run chose these counts with time budgets (--vae-budget/--budget): that is how the same script fits
# a short GPU loan; given as counts here, the run repeats.
set -eu
out=$1
work=${WORK:-/tmp/clipseal-train-work}
python=${PYTHON:-python3}
workers=${WORKERS:-4}
"$python" -m generator.train_default --stage vae --work "$work" --seed 0 --clips 20000 --workers "$workers" \
    --vae-batch 48 --vae-steps 3962
"$python" -m generator.train_default --work "$work" --seed 0 --clips 20000 --out "$work/stage2" \
    --layers 6 --heads 4 --batch 128 --steps 1824 --lr 1e-3 --precision float32
"$python" -m generator.train_default --init "$work/stage2" --seed 0 --clips 20000 --workers "$workers" \
    --out "$work/stage3" --batch 96 --steps 1913 --lr 5e-4
"$python" -m generator.train_default --init "$work/stage3" --seed 0 --clips 20000 --workers "$workers" \
    --out "$work/stage4" --batch 96 --steps 2174 --lr 3e-4
"$python" -m generator.train_default --init "$work/stage4" --seed 0 --clips 20000 --workers "$workers" \
    --out "$work/stage5" --batch 256 --steps 1967 --lr 3e-4 --noise-shift 3
"$python" -m generator.train_default --init "$work/stage5" --seed 0 --clips 20000 --workers "$workers" \
    --out "$work/stage6" --batch 256 --steps 2841 --lr 3e-4 --noise-shift 2
"$python" -m generator.train_default --init "$work/stage6" --seed 1 --clips 40000 --workers "$workers" \
    --out "$work/stage7" --batch 256 --steps 1824 --lr 3e-4 --noise-shift 2
"$python" -m generator.train_default --init "$work/stage7" --seed 2 --clips 40000 --workers "$workers" \
    --out "$out" --batch 256 --steps 2619 --lr 3e-4 --noise-shift 2
