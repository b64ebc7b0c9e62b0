# str predicates (isdigit, isdecimal, isnumeric, isalpha, isalnum, isidentifier, isprintable, isupper, islower, istitle) and case mappings (upper, lower, casefold, title, capitalize, swapcase) on non-ASCII text: ß, ŉ, final sigma, ǅ, İ, ligatures.
samples = ["٣", "²", "½", "Ⅻ", "一", "a", "ß", "\u0660", "\U0001d7ce", "ǅ", "Ω", "\u0345", "_", "\x00", "\u200b", "\xad", " ", "\U0001F600", "x²", "ab_1", "1ab", "ǅungla"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isidentifier(), s.isprintable(), s.isupper(), s.islower(), s.istitle())
words = ["ß", "ŉ", "ΣΑΣ", "ΑΣ Σ", "ǅ", "İ", "ﬁ", "ǆa", "hello world", "ǉubljana", "a\u0345", "ΐ", "σς", "ΌΣΟΣ.", "Σ", "ὈΔΥΣΣΕΎΣ", "'tis o'neil", "ǈ-ǈ"]
for s in words:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("Straße".upper(), "STRASSE".lower() == "Straße".casefold(), "ǅ".istitle(), "Σσ".lower())
