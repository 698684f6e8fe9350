"""Figures and images made from plain numbers: numpy, Pillow and Plotly, no records, no TensorFlow.

Above `base` only, so any layer may draw.
"""
