"""The generated clients, importable only here: `sciclients._generated.<system>_api`.

In the repository they live in the top-level `generated/` folder, written only by `scripts/generate.py`;
`panda_api`, `jdma_api`, `poms_api` and `agave_api` here are links to those folders, and the wheel holds
them here, under `sciclients`. Use them through `sciclients.<system>.models` and `sciclients.<system>.api`.
"""
