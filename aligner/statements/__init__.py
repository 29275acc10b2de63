"""Attributed statements: quotes and reported speech, and who said them."""
