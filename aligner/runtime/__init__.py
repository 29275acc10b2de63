"""How a run behaves: size limits, interrupts, progress on stderr."""
