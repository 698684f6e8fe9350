"""The book's network and all that trains it: what a Dask worker runs, and nothing of the store or
the class. Modules import TensorFlow inside the functions that need it.
"""
