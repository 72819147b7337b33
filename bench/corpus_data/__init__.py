"""The corpus generator's parts and its sentence grammar (the *.txt files)."""
