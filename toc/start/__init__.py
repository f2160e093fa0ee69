"""A first theory from a few plain answers: the questions, ids from the answers, the commented file."""
