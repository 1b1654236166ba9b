"""Qt table models over service results, one module each."""
