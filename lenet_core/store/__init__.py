"""The model store: `records` (one model's folder), `models` (the store itself), and
`python -m lenet_core.store`, the server owner's tools.
"""
