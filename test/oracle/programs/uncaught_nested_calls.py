# An exception raised three calls deep propagates out of main() uncaught; finally blocks still run.
def parse_age(text):
    return int(text)
def load(record):
    name, age = record.split(':')
    return name, parse_age(age)
def main(records):
    out = []
    try:
        for r in records:
            out.append(load(r))
            print('loaded', out[-1])
    finally:
        print('processed', len(out))
    return out
main(['ann:31', 'bob:x7', 'cy:40'])
