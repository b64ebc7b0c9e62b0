# A format spec the f-string's closing quote cuts short: from 3.12 the tokenizer still has the
# field's '{' open, so the ')' after the string does not match it (3.8-3.11: "expecting '}'").
price = 9.5
print(f"{price:.2f")
