"""How much each kind of cue weighs in the vote on what a name names."""

# A cue that says what a name is ("the city of X", "Mr. X", "X Inc.") outweighs the model's
# label on up to nine mentions; a weak cue ("in X", "X said") only tips a close vote.
TITLE_WEIGHT, PLACE_WEIGHT, SUFFIX_WEIGHT = 10.0, 10.0, 10.0
WEAK_WEIGHT = 0.5
APPOSITION_WEIGHT = 3.0  # one apposition outweighs the model's label on a couple of mentions
NAMED_WEIGHT = 1.5  # a first name outweighs the model's label on its mention, not a cue
