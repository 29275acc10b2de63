"""Files in and out: user text, atomic writes, alignment and corpus formats."""
