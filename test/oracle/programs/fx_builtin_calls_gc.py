# What everyday builtin calls leave in gen 0: vars() packs an argument tuple (not 3.12), dict(mapping) looks up .keys on 3.8, round() a bound __round__.
import gc


class Config:
    def __init__(self):
        self.debug = False
        self.level = 3


cfg = Config()
defaults = {'debug': True, 'color': 'red'}
gc.collect()
d = []
c = gc.get_count()[0]; v = vars(cfg); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; v = vars(cfg); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; merged = dict(defaults); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; merged = dict(defaults); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; r = round(7.25); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; r = round(1234, -2); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; r = round(1234, -2); d.append(gc.get_count()[0] - c)
print(d, v, merged, r)
gc.collect()
print(gc.get_count())
