"""Graph algorithms and the facts about a theory that several stages share; all linear in its size."""
