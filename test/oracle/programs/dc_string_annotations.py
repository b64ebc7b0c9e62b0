# string annotations and field metadata: what __doc__ and the Field objects hold
import sys
import gc
from dataclasses import dataclass, field, fields
gc.collect()


@dataclass
class Reading:
    value: 'float'
    unit: 'str' = 'm'
    notes: 'list' = field(default_factory=list, metadata={'doc': 'free text'})


r = Reading(1.5)
print(r, Reading.__doc__)
print([(f.name, f.type) for f in fields(Reading)])
print(fields(Reading)[2].metadata['doc'], len(fields(Reading)[0].metadata))
print(Reading.__init__.__annotations__)
print(sys.getsizeof(r), sys.getrefcount(Reading))
