"""One module per page; ``desktop/gui/registry.py`` lists them."""
