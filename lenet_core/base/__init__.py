"""What every layer uses: settings and folders, translations, atomic files, the names students type.

The lowest layer of lenet_core (see README's layout): it imports nothing else of the package.
"""
