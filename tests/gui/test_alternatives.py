"""The alternatives menu's words: each is a whole word that follows the clicked word's prefix."""

from s2s_desktop.gui.alternatives import next_word


def test_the_next_word_is_a_new_word_never_the_rest_of_the_last_one():
    assert next_word("la casa grande es", "la casa") == "grande"
    assert next_word("la casa, grande", "la casa") == ","  # punctuation is its own choice
    assert next_word("casa grande", "") == "casa"
    # A continuation piece of the prefix's last word ("casallas") was offered as "llas".
    assert next_word("la casallas es", "la casa") == ""
    assert next_word("otra cosa", "la casa") == "otra"  # not a continuation of the prefix
