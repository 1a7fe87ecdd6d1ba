from fornuft.ml.text import contains_any, fold, fuzzy_equal, normalize, strip_quoted, tokenize, truncate


def test_normalize_unifies_quotes_spaces_and_controls():
    assert normalize("\u201cHei\u201d\u00a0 der\x07\r\n\r\n\r\n\r\nneste") == '"Hei" der\n\nneste'
    assert normalize("a \n b", keep_newlines=False) == "a b"
    assert normalize("") == ""


def test_tokenize_keeps_norwegian_letters_and_drops_punctuation():
    assert tokenize("Blåbærsyltetøy, e-post: 42 kr!") == ["blåbærsyltetøy", "e-post", "42", "kr"]


def test_fold_makes_norwegian_spellings_meet():
    assert fold("Bjørn Ærlig Ås") == fold("Bjoern Aerlig Aas") == fold("bjorn arlig as")
    assert fuzzy_equal("Kari Sæther", "kari saether")
    assert not fuzzy_equal("Kari Sæther", "Kari Sather Olsen")
    found = contains_any("Vennligst bekreft passordet ditt", ["bekreft passord", "logg inn"])
    assert found == ["bekreft passord"]


def test_strip_quoted_removes_history_and_signature():
    text = ("Takk, det passer fint.\n\n-- \nKari\n\n"
            "Den 3. mars 2025 kl. 10:00 skrev Ola <ola@x.no>:\n> gammelt")
    assert strip_quoted(text) == "Takk, det passer fint."
    english = "Sounds good.\n\nOn Mon, 3 Mar 2025 at 10:00, Bob <b@x.com> wrote:\n> old text"
    assert strip_quoted(english) == "Sounds good."
    assert strip_quoted("> only quoted") == "> only quoted"


def test_truncate_cuts_at_word_boundary():
    assert truncate("alpha beta gamma", 12) == "alpha beta"
    assert truncate("short", 10) == "short"
